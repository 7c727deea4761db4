-- AlterTable
ALTER TABLE "PlanItem" ADD COLUMN     "chosen" BOOLEAN NOT NULL DEFAULT false;

