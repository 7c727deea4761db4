-- CreateIndex
CREATE INDEX "AuditEvent_chain_target_idx" ON "AuditEvent"("chain", "target");
