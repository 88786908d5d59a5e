import Foundation
import Testing
@testable import SeedKit

/// What killed runs leave behind, and folders and disks that refuse to be written.
@Suite struct OutputFileHazardsTests {
    /// The id of a process that has exited.
    private static func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test("the next run into a folder removes the temporary files of killed runs, and nothing else")
    func staleTemporaryFiles() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let dead = try Self.deadPID()
            let names = [".demo.sqlite.partial-\(dead)", ".other.sql.partial-\(dead)",  // left by a killed run
                         ".live.sql.partial-\(getppid())", ".notes.partial-draft", "partial-\(dead)", "kept.sqlite"]
            for name in names {
                try Data("x".utf8).write(to: directory.appendingPathComponent(name))
            }
            let sink = SQLFileSink(path: directory.appendingPathComponent("new.sql").path, dialect: .sqlite, replace: false)
            try sink.open(schema: .builtIn)
            try sink.commit()
            #expect(try SinkFixture.fileNames(in: directory)
                == [".live.sql.partial-\(getppid())", ".notes.partial-draft", "kept.sqlite", "new.sql", "partial-\(dead)"])
        }
    }

    @Test("a folder where files cannot be created is named, with what to do")
    func unwritableFolder() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            // Root may write anywhere permissions allow nothing; /proc refuses new files to anyone.
            let folder = getuid() == 0 ? URL(fileURLWithPath: "/proc") : directory.appendingPathComponent("locked")
            if getuid() != 0 {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                chmod(folder.path, 0o555)
            }
            defer { chmod(folder.path, 0o755) }
            let path = folder.appendingPathComponent("demo.sqlite").path
            let sink = SQLiteSink(path: path, replace: false)
            let error = try #require(throws: SinkError.self) { try sink.open(schema: .builtIn) }
            let reason = getuid() == 0 ? "No such file or directory" : "Permission denied"
            #expect(error.description == "\(path): cannot create a file in the folder \(folder.path) (\(reason)); "
                + "write to a folder where you may create files")
        }
    }

    @Test("a full disk under a SQL file names the path and says to free space")
    func fullDiskSQLFile() throws {
        let writer = try FileWriter(path: "/dev/full", reportedPath: "out/demo.sql")
        writer.write("BEGIN;\n")
        let error = try #require(throws: SinkError.self) { try writer.flush() }
        #expect(error.description == "out/demo.sql: could not write to /dev/full: No space left on device; "
            + "free some space on the disk and try again")
    }

    @Test("a full disk under a SQLite database names the path and says to free space")
    func fullDiskSQLite() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let file = directory.appendingPathComponent(".demo.sqlite.partial-1").path
            let connection = try SQLiteConnection(path: file)
            try connection.execute("PRAGMA max_page_count = 2; CREATE TABLE t (x TEXT)")
            let full = #expect(throws: SinkError.self) {
                try connection.execute("INSERT INTO t SELECT hex(randomblob(100000))")
            }
            let error = try #require(full.map { SinkError.locating($0, path: "Output/demo.sqlite", temporaryPath: file) })
            #expect(String(describing: error) == "Output/demo.sqlite: the disk is full: SQLite could not write \(file) "
                + "(SQLite error 13: database or disk is full); free some space on the disk and try again")
        }
    }
}
