/** Write fixtures of organization, people, roles, deputies (directory): the rules are described in ./index.ts. */

import { department, deputy, deputyBody, person, roleAssignment } from "../matrix-world";
import { A, type WriteFixture } from "./shared";

export const DIRECTORY_FIXTURES: Record<string, WriteFixture> = {
  "POST /api/departments": {
    allow: ["admin"],
    rule: "department.create: manage_organization (organization)",
    async prepare(w) {
      const n = w.seq();
      return {
        url: "/api/departments",
        body: { code: `WM-N${n}`, name: `新設課${n}`, kind: "department" },
        watch: [["departments"]],
      };
    },
  },
  "PATCH /api/departments/{id}": {
    allow: ["admin"],
    rule: "department.update: manage_organization (organization)",
    async prepare(w) {
      const id = await department(w);
      return {
        url: `/api/departments/${id}`,
        body: { name: `改称課${w.seq()}` },
        watch: [["departments", id]],
      };
    },
  },
  "POST /api/people": {
    allow: ["admin"],
    bodyIds: {
      departmentId: {
        open: "manage_organization at organization scope: the administrator sees every person and unit",
      },
    },
    rule: "people.create: manage_organization over the unit",
    async prepare(w) {
      return {
        url: "/api/people",
        body: { name: `新規 職員${w.seq()}`, employmentType: "regular", departmentId: A(w) },
        watch: [["people"]],
      };
    },
  },
  "PATCH /api/people/{id}": {
    allow: ["admin"],
    rule: "person.update: manage_organization over the person's unit",
    async prepare(w) {
      const id = await person(w);
      return { url: `/api/people/${id}`, body: { title: "主査" }, watch: [["people", id]] };
    },
  },
  "POST /api/people/{id}/login": {
    allow: ["admin"],
    rule: "person.createLogin: manage_organization or administer_system (organization)",
    async prepare(w) {
      const id = await person(w);
      return { url: `/api/people/${id}/login`, body: { loginId: `wm-login-${w.seq()}` }, watch: [["users"]] };
    },
  },
  "POST /api/role-assignments": {
    allow: ["admin"],
    bodyIds: {
      personId: {
        open: "manage_organization at organization scope: the administrator sees every person and unit",
      },
      scopeDepartmentId: {
        open: "manage_organization at organization scope: the administrator sees every person and unit",
      },
    },
    rule: "roleAssignment.create: manage_organization (organization)",
    async prepare(w) {
      return {
        url: "/api/role-assignments",
        body: { personId: await person(w), roleKey: "security_system_manager", scopeDepartmentId: A(w) },
        watch: [["role_assignments"]],
      };
    },
  },
  "POST /api/role-assignments/{id}/end": {
    allow: ["admin"],
    rule: "roleAssignment.end: manage_organization (organization)",
    async prepare(w) {
      const id = await roleAssignment(w);
      return { url: `/api/role-assignments/${id}/end`, body: {}, watch: [["role_assignments", id]] };
    },
  },
  "DELETE /api/role-assignments/{id}": {
    allow: ["admin"],
    rule: "roleAssignment.end: manage_organization (organization)",
    async prepare(w) {
      const id = await roleAssignment(w);
      return { url: `/api/role-assignments/${id}`, watch: [["role_assignments", id]] };
    },
  },
  "POST /api/deputies": {
    allow: ["admin"],
    bodyIds: {
      principalPersonId: {
        open: "manage_organization at organization scope: the administrator sees every person and unit",
      },
      deputyPersonId: {
        open: "manage_organization at organization scope: the administrator sees every person and unit",
      },
    },
    rule: "deputy.create: manage_organization (organization)",
    async prepare(w) {
      return { url: "/api/deputies", body: await deputyBody(w), watch: [["deputies"]] };
    },
  },
  "POST /api/deputies/{id}/end": {
    allow: ["admin"],
    rule: "deputy.end: manage_organization (organization)",
    async prepare(w) {
      const id = await deputy(w);
      return { url: `/api/deputies/${id}/end`, watch: [["deputies", id]] };
    },
  },
};
