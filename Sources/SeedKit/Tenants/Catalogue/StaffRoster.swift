/// Resolves a restaurant's staff: the members the scenario names, then those it asks to generate.
enum StaffRoster {
    static func build(
        for restaurant: Scenario.Restaurant, ids: TenantIDs, openedOn: Day, scenario: Scenario,
        stream: RandomStream, takenEmails: Set<String>
    ) -> [StaffRecord] {
        var roster: [StaffRecord] = []
        var usedEmails = takenEmails

        func add(_ member: Scenario.StaffMember, draws: inout RandomStream) {
            let index = roster.count
            // The opening team: hired up to three weeks before the doors open.
            let hireDate = member.hireDate ?? openedOn.adding(days: -draws.int(in: 0...21))
            let emergencyFirst = draws.pick(NameBook.firstNames)
            let emergencyLast = draws.chance(0.5) ? member.person.lastName : draws.pick(NameBook.lastNames)
            let lastLoginDay = scenario.asOf.adding(days: -draws.int(in: 0...3))
            roster.append(StaffRecord(
                userID: ids.id(.users, index),
                employeeID: ids.id(.employees, index),
                employeeNumber: "EMP\(1001 + index)",
                firstName: member.person.firstName, lastName: member.person.lastName,
                email: member.person.email, phone: member.person.phone,
                role: member.role, jobTitle: member.jobTitle, department: member.department,
                hourlyRate: member.hourlyRate, salary: member.salary, employmentType: member.employmentType,
                hireDate: hireDate,
                createdAt: Timestamp(day: hireDate, time: TimeOfDay(secondsSinceMidnight: 9 * 3600 + draws.int(in: 0...1799))),
                emergencyContactName: "\(emergencyFirst) \(emergencyLast)",
                emergencyContactPhone: NameBook.dramaMobile(using: &draws),
                lastLogin: HistoryEnd(scenario).before(
                    Timestamp(day: lastLoginDay, time: TimeOfDay(secondsSinceMidnight: draws.int(in: 9 * 3600...22 * 3600)))),
                ageBand: member.ageBand, contractHours: member.contractHours
            ))
        }

        for member in restaurant.staff {
            var draws = stream.derive("explicit", member.person.email)
            add(member, draws: &draws)
        }
        for (groupIndex, group) in restaurant.generatedStaff.enumerated() {
            for memberIndex in 0..<group.count {
                var draws = stream.derive("generated", String(groupIndex), String(memberIndex))
                let name = NameBook.name(using: &draws)
                let email = NameBook.uniqueEmail(first: name.first, last: name.last, domain: "\(restaurant.slug).example", taken: &usedEmails)
                let member = Scenario.StaffMember(
                    person: Scenario.Person(firstName: name.first, lastName: name.last, email: email,
                                            phone: NameBook.dramaMobile(using: &draws)),
                    role: group.role, jobTitle: group.jobTitle, department: group.department,
                    hourlyRate: group.hourlyRate, salary: nil, employmentType: group.employmentType, hireDate: nil,
                    ageBand: group.ageBand, contractHours: group.contractHours)
                add(member, draws: &draws)
            }
        }
        return roster
    }

}
