import "server-only";
import { db } from "../db/client";

export function findUserByEmail(email: string) {
  return db().user.findUnique({ where: { email } });
}

export function findUserById(id: string) {
  return db().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, locale: true } });
}
