import { Alert, Button, Card, Radio, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api";
import { DateText, ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { useTexts } from "./labels";
import { MaterialPdfLink } from "./MaterialPdf";

/** /training/courses/:id: an e-learning course — read the material, answer the quiz. */
export default function Learn({ params }: { params: { id: string } }) {
  const { id } = params;
  const { tx, pick } = useTexts();
  const qc = useQueryClient();
  const learn = useQuery({
    queryKey: ["training", "learn", id],
    queryFn: () => api.get("/api/training/courses/{id}/learn", { path: { id } }),
  });
  const [answers, setAnswers] = useState<Record<number, number>>({});
  const take = useMutation({
    mutationFn: (list: number[]) =>
      api.post("/api/training/courses/{id}/quiz", { path: { id }, body: { answers: list } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["training"] }),
  });
  const d = learn.data?.data;
  const quiz = d?.course.quiz;
  const result = take.data?.data;
  const complete = quiz?.questions.every((_, i) => answers[i] !== undefined);
  return (
    <>
      <PageHeader
        title={d?.course.title ?? tx("course")}
        back={{ href: "/training", label: tx("myTraining") }}
        description={d ? pick(d.course.deliveryLabel) : undefined}
      />
      <QueryState isLoading={learn.isLoading} error={learn.error}>
        {d && (
          <Stack gap="lg">
            {d.completion && (
              <Alert color="green" variant="light" data-testid="course-completed">
                <DateText value={d.completion.completedOn} /> {tx("done")}（{pick(d.completion.methodLabel)}）
              </Alert>
            )}
            {!d.trainee && <Alert color="gray">{tx("notTrainee")}</Alert>}
            {d.course.description && <Text>{d.course.description}</Text>}
            <MaterialPdfLink course={d.course} />
            {d.course.materialText && (
              <Card withBorder>
                <Title order={3} size="h4" mb="xs">
                  {tx("material")}
                </Title>
                <Text style={{ whiteSpace: "pre-wrap" }} data-testid="course-material">
                  {d.course.materialText}
                </Text>
              </Card>
            )}
            {quiz && !d.completion && d.trainee && (
              <Card withBorder>
                <Title order={3} size="h4">
                  {tx("quiz")}
                </Title>
                <Text size="sm" c="dimmed" mb="sm">
                  {tx("passMark", { n: quiz.passMark })}
                </Text>
                <Stack>
                  {quiz.questions.map((q, i) => (
                    <Radio.Group
                      // biome-ignore lint/suspicious/noArrayIndexKey: questions are fixed in order
                      key={i}
                      label={`${tx("question", { n: i + 1 })} ${q.text}`}
                      value={answers[i] === undefined ? null : String(answers[i])}
                      onChange={(v) => setAnswers({ ...answers, [i]: Number(v) })}
                      data-testid={`quiz-question-${i}`}
                    >
                      <Stack gap={4} mt={4}>
                        {q.choices.map((choice: string, j: number) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: choices are fixed in order
                          <Radio key={j} value={String(j)} label={choice} />
                        ))}
                      </Stack>
                    </Radio.Group>
                  ))}
                  {result && !result.passed && (
                    <Alert color="orange" data-testid="quiz-failed">
                      {tx("failed", { score: result.score, pass: result.passMark })}
                    </Alert>
                  )}
                  <ErrorAlert error={take.error} />
                  <Button
                    onClick={() => take.mutate(quiz.questions.map((_, i) => answers[i]))}
                    disabled={!complete}
                    loading={take.isPending}
                    data-testid="quiz-submit"
                  >
                    {tx("submitAnswers")}
                  </Button>
                </Stack>
              </Card>
            )}
            {result?.passed && (
              <Alert color="green" data-testid="quiz-passed">
                {tx("passed", { score: result.score })}
              </Alert>
            )}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
