-- 01-create-platform-admin.sql: the production migration plan's script, verbatim from
-- ../shared/seeds/production-migration-plan.md (Phase 3), for `seedkit verify --migration` to rehearse.
-- One change: the administrator's email, george@seabreeze.farm in the plan, is the shipped
-- scenarios' reserved platform owner, admin@fynlo.example (never a real person's address).
-- Create platform super admin from your existing user account
INSERT INTO platform_admins (email, name, password, role, created_at, updated_at)
SELECT 
  email,
  name,
  password,
  'SUPER_ADMIN',
  NOW(),
  NOW()
FROM users 
WHERE email = 'admin@fynlo.example'
LIMIT 1;
