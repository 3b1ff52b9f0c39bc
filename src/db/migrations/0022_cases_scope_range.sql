-- The subtree of a case as a byte-wise range instead of LIKE: `unit_path LIKE <setting> || '%'` cannot use an
-- index (the pattern is not known when the query is planned), so every scoped query read every case. Paths end
-- with '/', so the subtree of P is exactly the paths in [P, P without its last '/' followed by '0'): '0' is the
-- byte after '/'. The operators ~>=~ / ~<~ compare bytes, as the text_pattern_ops index cases_unit_path_idx does.
DROP POLICY cases_scope ON cases;
--> statement-breakpoint
CREATE POLICY cases_scope ON cases TO xinfang_scoped
  USING (
    unit_path ~>=~ current_setting('xinfang.scope_path', true)
    AND unit_path ~<~ (left(current_setting('xinfang.scope_path', true), -1) || '0')
  )
  WITH CHECK (
    unit_path ~>=~ current_setting('xinfang.scope_path', true)
    AND unit_path ~<~ (left(current_setting('xinfang.scope_path', true), -1) || '0')
  );
