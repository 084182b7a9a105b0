import Foundation
import TestSupport
import Testing

/// The small JSON Schema validator the export tests rely on: each keyword it claims to check, checked.
@Suite("The test suite's JSON Schema validator")
struct JSONSchemaTests {
    static let schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["id", "day", "tags", "kind"],
          "additionalProperties": false,
          "properties": {
            "id": { "type": "string" },
            "day": { "type": "string", "format": "date" },
            "at": { "type": "string", "format": "date-time" },
            "url": { "type": ["string", "null"], "format": "uri" },
            "tags": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/tag" } },
            "kind": { "enum": ["linked", "note", null] },
            "version": { "const": "1.1" },
            "progress": { "type": "integer", "minimum": 0, "maximum": 100 },
            "flag": { "type": "boolean" }
          },
          "$defs": { "tag": { "type": "string" } }
        }
        """

    func problems(_ json: String) throws -> [String] {
        try JSONSchema(try JSONValue.parse(Self.schema)).validate(try JSONValue.parse(json))
    }

    @Test("A valid object has no problems")
    func valid() throws {
        #expect(
            try problems(
                #"{"id": "a", "day": "2024-02-29", "at": "2025-06-19T00:00:00Z", "url": "https://zoek.officielebekendmakingen.nl/kst-30950-458.html", "tags": ["x"], "kind": null, "version": "1.1", "progress": 100, "flag": false}"#
            ) == [])
    }

    @Test("type, required, additionalProperties, enum, const, minimum, maximum, minItems and $ref are checked")
    func keywords() throws {
        #expect(
            try problems(
                #"{"id": 3, "day": "2024-02-29", "tags": [], "kind": "deed", "extra": 1, "version": "1.0", "progress": 101, "flag": 0}"#
            ) == [
                "$: key 'extra' is not allowed (additionalProperties is false)",
                "$.flag: expected boolean, found 0",
                "$.id: expected string, found 3",
                "$.kind: 'deed' is not one of 'linked', 'note', null",
                "$.progress: 101 is above the maximum 100",
                "$.tags: 0 items, expected at least 1",
                "$.version: expected '1.1', found '1.0'",
            ])
        #expect(
            try problems(#"{"day": "2024-02-29", "tags": [7], "kind": null}"#) == [
                "$: required key 'id' is missing", "$.tags[0]: expected string, found 7",
            ])
        #expect(
            try problems(#"{"id": "a", "day": "2024-01-01", "tags": ["x"], "kind": null, "progress": 2.5}"#) == [
                "$.progress: expected integer, found 2.5"
            ])
        #expect(try problems("[]") == ["$: expected object, found an array"])
    }

    @Test("Formats: a real day, an RFC 3339 time with a zone, an absolute address")
    func formats() throws {
        #expect(
            try problems(#"{"id": "a", "day": "2025-02-29", "tags": ["x"], "kind": null}"#) == [
                "$.day: '2025-02-29' is not a date"
            ])
        #expect(
            try problems(#"{"id": "a", "day": "2025-02-28", "at": "2025-02-28 10:00", "tags": ["x"], "kind": null}"#)
                == ["$.at: '2025-02-28 10:00' is not a date-time"])
        #expect(
            try problems(#"{"id": "a", "day": "2025-02-28", "at": "2025-02-28T10:00:00", "tags": ["x"], "kind": null}"#)
                == ["$.at: '2025-02-28T10:00:00' is not a date-time"])
        #expect(
            try problems(#"{"id": "a", "day": "2025-02-28", "url": "kst-30950-458.html", "tags": ["x"], "kind": null}"#)
                == ["$.url: 'kst-30950-458.html' is not a uri"])
        #expect(
            try problems(#"{"id": "a", "day": "2025-02-28", "url": "https://", "tags": ["x"], "kind": null}"#)
                == ["$.url: 'https://' is not a uri"])
    }

    @Test("A schema with a keyword the validator does not check is refused, not half-checked")
    func unknownKeyword() throws {
        #expect(throws: JSONSchema.Invalid.self) {
            try JSONSchema(try JSONValue.parse(#"{"type": "string", "pattern": "^kst-"}"#))
        }
        #expect(throws: JSONSchema.Invalid.self) {
            try JSONSchema(try JSONValue.parse(#"{"properties": {"a": {"format": "email"}}}"#))
        }
        #expect(throws: JSONSchema.Invalid.self) { try JSONSchema(try JSONValue.parse(##"{"$ref": "#/$defs/none"}"##)) }
    }

    @Test("The repository's schemas use only what the validator checks")
    func repositorySchemas() throws {
        let folder = Fixtures.root.appendingPathComponent("docs/schemas")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".schema.json")
        }
        #expect(names.contains("scorecard.schema.json"))
        for name in names { _ = try JSONSchema(contentsOf: folder.appendingPathComponent(name)) }
    }
}
