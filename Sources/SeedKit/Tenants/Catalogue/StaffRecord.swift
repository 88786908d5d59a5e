/// A member of a restaurant's staff, resolved: a user account and an employee record.
///
/// A class, so that a week's rota (a ``RosteredShift`` per shift, each naming its member) holds
/// a reference to the member, not a copy of a dozen strings.
final class StaffRecord: Sendable {
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
    let ageBand: Scenario.AgeBand
    /// Contracted hours a week, if the scenario gives them.
    let contractHours: Int?

    init(userID: Int, employeeID: Int, employeeNumber: String, firstName: String, lastName: String, email: String,
         phone: String?, role: Scenario.Role, jobTitle: String?, department: String?, hourlyRate: Money?, salary: Money?,
         employmentType: Scenario.EmploymentType, hireDate: Day, createdAt: Timestamp, emergencyContactName: String,
         emergencyContactPhone: String, lastLogin: Timestamp, ageBand: Scenario.AgeBand = .twentyOneAndOver,
         contractHours: Int? = nil) {
        self.userID = userID
        self.employeeID = employeeID
        self.employeeNumber = employeeNumber
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.phone = phone
        self.role = role
        self.jobTitle = jobTitle
        self.department = department
        self.hourlyRate = hourlyRate
        self.salary = salary
        self.employmentType = employmentType
        self.hireDate = hireDate
        self.createdAt = createdAt
        self.emergencyContactName = emergencyContactName
        self.emergencyContactPhone = emergencyContactPhone
        self.lastLogin = lastLogin
        self.ageBand = ageBand
        self.contractHours = contractHours
    }
}
