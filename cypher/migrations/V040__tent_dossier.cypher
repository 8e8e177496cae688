// Explanatory analyses, agreements of tent sessions and handover notes are addressed by UUID string ids.
CREATE CONSTRAINT analysis_id IF NOT EXISTS FOR (n:Analysis) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT hypothesis_id IF NOT EXISTS FOR (n:Hypothesis) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT analysis_factor_id IF NOT EXISTS FOR (n:AnalysisFactor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT handover_note_id IF NOT EXISTS FOR (n:HandoverNote) REQUIRE n.id IS UNIQUE;
