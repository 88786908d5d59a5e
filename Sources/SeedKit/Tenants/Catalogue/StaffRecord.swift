/// A member of a restaurant's staff, resolved: a user account and an employee record.
struct StaffRecord {
    let userID: Int
    let employeeID: Int
    /// `EMP1001`, `EMP1002`, … in roster order, as the seed numbers them.
    let employeeNumber: String
    let firstName: String
    let lastName: String
    let email: String
    let phone: String?
    let role: Scenario.Role
    let jobTitle: String?
    let department: String?
    let hourlyRate: Money?
    let salary: Money?
    let employmentType: Scenario.EmploymentType
    let hireDate: Day
    /// When the account was created: the hire day, 09:00 plus a few minutes.
    let createdAt: Timestamp
    let emergencyContactName: String
    let emergencyContactPhone: String
    /// The last time they logged in, a few days before `as_of` at the latest.
    let lastLogin: Timestamp
    /// The minimum-wage band they are paid under.
    var ageBand: Scenario.AgeBand = .twentyOneAndOver
    /// Contracted hours a week, if the scenario gives them.
    var contractHours: Int? = nil
}
