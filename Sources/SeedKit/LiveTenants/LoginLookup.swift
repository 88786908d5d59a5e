/// How the application finds a user at login, before it knows the user's restaurant.
///
/// The seed's row-level security keys `users` on `app.current_restaurant_id`, which the
/// application can only set once it knows who is logging in: as `fynlo_app`, looking a user up
/// by email fails (the setting is missing) or finds nobody (it names another restaurant).
/// `seedkit.login_lookup(email)` is a `SECURITY DEFINER` function, owned by the tables' owner,
/// that returns exactly the one row a login needs (id, restaurant, platform, role, password hash,
/// whether active) for one email, compared without case. The application role may execute it
/// and use the `seedkit` schema, and nothing else there: it still cannot list users, read
/// other tenants' rows, or see `seedkit.tenants`. A separate login role with `BYPASSRLS` would
/// do too, but it can read every tenant's rows, which is what row-level security is for.
public enum LoginLookup {
    private static let role = PostgresDDL.applicationRole

    /// `seedkit.login_lookup(text)`, created if missing, with `EXECUTE` for the application role
    /// when the cluster has it. A concurrent command creating it too is no error.
    public static let create = """
        DO $do$
        BEGIN
            IF pg_catalog.to_regprocedure('seedkit.login_lookup(text)') IS NULL THEN
                EXECUTE pg_catalog.format($f$
                    CREATE FUNCTION seedkit.login_lookup(login_email text)
                    RETURNS TABLE (user_id integer, restaurant_id integer, platform_id integer, role text,
                                   password_hash text, is_active boolean)
                    LANGUAGE sql STABLE SECURITY DEFINER
                    SET search_path = pg_catalog, pg_temp
                    AS 'SELECT id, restaurant_id, platform_id, role::text, password_hash::text, is_active
                        FROM %I.users WHERE lower(email) = lower(login_email)'
                    $f$, pg_catalog.current_schema());
                REVOKE ALL ON FUNCTION seedkit.login_lookup(text) FROM PUBLIC;
            END IF;
            -- Granted only when missing: a GRANT rewrites the catalogue row, which two commands must not do at once.
            IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '\(role)')
               AND NOT pg_catalog.has_function_privilege('\(role)', 'seedkit.login_lookup(text)', 'EXECUTE') THEN
                GRANT USAGE ON SCHEMA seedkit TO \(role);
                GRANT EXECUTE ON FUNCTION seedkit.login_lookup(text) TO \(role);
            END IF;
        EXCEPTION WHEN duplicate_function OR unique_violation THEN
            NULL;
        END
        $do$;
        """
}
