-- AlterTable
ALTER TABLE "PlanItem" ADD COLUMN     "chosen" BOOLEAN NOT NULL DEFAULT false;

-- Rows that change nothing but say "open" were made by the cooperation page's "In den Plan
-- aufnehmen" before this column existed (it sent only the status): they meant "put it in the plan".
UPDATE "PlanItem" SET "chosen" = true
WHERE "effort" IS NULL AND "benefit" IS NULL AND "phase" IS NULL AND "ownerRole" IS NULL AND "dueDate" IS NULL AND "status" = 'open';
