import Foundation
import Testing
@testable import SeedKit

@Suite struct OutputFileTests {
    private static func sink(_ kind: String, path: String, replace: Bool) -> any RowSink {
        switch kind {
        case "sqlite": SQLiteSink(path: path, replace: replace)
        case "postgres": SQLFileSink(path: path, dialect: .postgres, replace: replace)
        default: SQLFileSink(path: path, dialect: .sqlite, replace: replace)
        }
    }

    @Test("refuses to overwrite an existing file unless asked to, and leaves it untouched", arguments: ["sqlite", "postgres", "sql"])
    func refusesToOverwrite(kind: String) throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let path = directory.appendingPathComponent("demo.out").path
            try Data("precious".utf8).write(to: URL(fileURLWithPath: path))
            let sink = Self.sink(kind, path: path, replace: false)
            #expect(throws: SinkError.destinationExists(path: path)) { try sink.open(schema: .builtIn) }
            sink.abort()
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("precious".utf8))
            #expect(try SinkFixture.fileNames(in: directory) == ["demo.out"])
        }
    }

    @Test("replaces an existing file when asked to, on commit", arguments: ["sqlite", "postgres", "sql"])
    func replaces(kind: String) throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let path = directory.appendingPathComponent("demo.out").path
            try Data("old".utf8).write(to: URL(fileURLWithPath: path))
            let sink = Self.sink(kind, path: path, replace: true)
            try sink.open(schema: .builtIn)
            try sink.write(SinkFixture.supplier(1, "A"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old".utf8))
            try sink.commit()
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count > 1000)
            #expect(try SinkFixture.fileNames(in: directory) == ["demo.out"])
        }
    }

    @Test("abort leaves neither the file nor its temporary file", arguments: ["sqlite", "postgres", "sql"])
    func abortCleansUp(kind: String) throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let sink = Self.sink(kind, path: directory.appendingPathComponent("demo.out").path, replace: false)
            try sink.open(schema: .builtIn)
            try sink.write(SinkFixture.supplier(1, "A"))
            #expect(try SinkFixture.fileNames(in: directory).count == 1)
            sink.abort()
            #expect(try SinkFixture.fileNames(in: directory) == [])
        }
    }

    @Test("creates missing parent directories")
    func createsDirectories() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let path = directory.appendingPathComponent("a/b/demo.sql").path
            try SinkFixture.load([], into: SQLFileSink(path: path, dialect: .sqlite, replace: false))
            #expect(FileManager.default.fileExists(atPath: path))
        }
    }

    @Test("explains errors in a sentence with the path")
    func messages() {
        #expect(SinkError.destinationExists(path: "Output/demo.sqlite").description
            == "Output/demo.sqlite already exists")
        #expect(SinkError.posix("create the directory Output", path: "Output/demo.sqlite", errno: EACCES).description
            == "Output/demo.sqlite: could not create the directory Output: Permission denied; write to a folder where you may create files")
    }

    @Test("reports an unwritable directory as an I/O error naming the path")
    func unwritableDirectory() throws {
        try SinkFixture.withTemporaryDirectory { directory throws in
            let blocker = directory.appendingPathComponent("file")
            try Data().write(to: blocker)
            let path = blocker.appendingPathComponent("demo.sql").path
            let error = #expect(throws: SinkError.self) {
                try SQLFileSink(path: path, dialect: .sqlite, replace: false).open(schema: .builtIn)
            }
            guard case .io(let reported, let message)? = error else {
                Issue.record("expected an I/O error, got \(String(describing: error))")
                return
            }
            #expect(reported == path)
            #expect(message.hasPrefix("could not create the directory") && !message.contains("NSCocoaErrorDomain"))
        }
    }
}
