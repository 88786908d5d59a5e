/// Checks a rehearsed migration: a legacy database from `seedkit generate --schema legacy`
/// after the plan's four scripts ran on it, against ``MigrationChecks`` and the platform
/// admin's login (`seedkit verify TARGET --migration`). PostgreSQL only, as the plan is.
public struct MigrationVerifier: Sendable {
    /// How many of the rows breaking a check the report lists.
    public static let exampleLimit = 10

    /// The password the platform admin's user logs in with (the scenario's `demo_password`),
    /// when known: the admin's bcrypt hash must accept it. Without it, the hash must be the user's.
    public let userPassword: String?

    public init(userPassword: String? = nil) {
        self.userPassword = userPassword
    }

    /// The login check, reported after `platform_admin`.
    public static let adminLogin = MigrationCheck(
        "platform_admin_login", "the platform admin logs in with the password of the user it was made from (its bcrypt hash)",
        query: "")

    /// Runs every check; throws when the database is not a rehearsed legacy database.
    public func verify(_ database: some DatabaseReader) throws(VerificationError) -> MigrationReport {
        try checkSchema(database)
        var results: [MigrationResult] = []
        for check in MigrationChecks.all {
            results.append(try run(check, in: database))
            if check.name == MigrationChecks.platformAdmin.name { results.append(try adminLogin(database)) }
        }
        return MigrationReport(results: results)
    }

    private func run(_ check: MigrationCheck, in database: some DatabaseReader) throws(VerificationError) -> MigrationResult {
        let rows = try database.rows("""
            SELECT key, detail, COUNT(*) OVER () FROM (
            \(check.query)
            ) AS violating
            ORDER BY ord, key
            LIMIT \(Self.exampleLimit)
            """)
        let count = rows.first.flatMap { $0[2] }.flatMap { Int($0) } ?? 0
        return MigrationResult(check: check, count: count, examples: rows.map { "\($0[0] ?? "NULL"): \($0[1] ?? "")" })
    }

    private func adminLogin(_ database: some DatabaseReader) throws(VerificationError) -> MigrationResult {
        let rows = try database.rows("""
            SELECT r.platform_admin_email, a.password, u.password
            FROM seedkit.legacy_rehearsal AS r
            LEFT JOIN platform_admins AS a ON a.email = r.platform_admin_email
            LEFT JOIN users AS u ON u.email = r.platform_admin_email
            ORDER BY a.id LIMIT 1
            """)
        var problems: [String] = []
        if let row = rows.first {
            let email = row[0] ?? "NULL"
            switch (row[1], row[2]) {
            case (nil, _):
                problems.append("\(email): no platform_admins row to log in as")
            case (let hash?, let userHash):
                if !Self.isBcrypt(hash) { problems.append("\(email): the password is not a bcrypt hash") }
                if let userPassword {
                    if !PasswordHasher.verify(userPassword, against: hash) {
                        problems.append("\(email): the user's password does not match the admin's hash")
                    }
                } else if hash != userHash {
                    problems.append("\(email): the admin's hash is not the user's (\(userHash == nil ? "no such user" : "they differ"))")
                }
            }
        } else {
            problems.append("seedkit.legacy_rehearsal: no record of the platform admin's email")
        }
        return MigrationResult(check: Self.adminLogin, count: problems.count, examples: problems)
    }

    /// `$2a$`, `$2b$` or `$2y$`, a two-digit cost, and 53 characters of salt and hash.
    static func isBcrypt(_ hash: String) -> Bool {
        let bytes = Array(hash.utf8)
        return bytes.count == 60 && ["$2a$", "$2b$", "$2y$"].contains { hash.hasPrefix($0) } && bytes[6] == UInt8(ascii: "$")
    }

    /// Throws ``VerificationError/notRehearsal(missingTables:)`` unless the database has the
    /// legacy tables, the migration's new ones and SeedKit's record of the rehearsal.
    public func checkSchema(_ database: some DatabaseReader) throws(VerificationError) {
        let present = Set(try database.rows("""
            SELECT CASE WHEN table_schema = 'seedkit' THEN 'seedkit.' || table_name ELSE table_name END
            FROM information_schema.tables WHERE table_schema IN (current_schema(), 'seedkit')
            """).compactMap { $0[0] })
        let required = legacySchemaTables + ["seedkit.legacy_rehearsal", "seedkit.legacy_source_counts"]
        let missing = required.filter { !present.contains($0) }
        if !missing.isEmpty { throw .notRehearsal(missingTables: missing) }
    }
}
