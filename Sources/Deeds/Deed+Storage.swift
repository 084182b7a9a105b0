import Core
import Foundation

// The compact binary form the store keeps deeds and observations in: written and read for every deed on
// every ingest and link run, several times faster than JSON. JSON stays the form of `--format json`.
//
// Version 2 added the references' activities, a bill's stages and the `mistaken` flag of a vote;
// version 3 the dossier title; version 4 the Kamerstukken an amended motion replaces; versions 1 and 2 (databases written before) are still read, as deeds without what
// came later.

extension Deed {
    /// The deed in the store's compact form.
    package var stored: Data {
        var writer = CompactWriter(capacity: 512 + text.utf8.count)
        writer.write(Self.storageVersion)
        writer.write(id)
        writer.write(kind.rawValue)
        writer.write(date?.description)
        writer.write(title)
        writer.write(text)
        writer.write(dictum)
        writer.write(actors.count)
        for actor in actors {
            writer.write(actor.role.rawValue)
            writer.write(actor.name)
            writer.write(actor.group)
        }
        writer.write(refs.dossiers)
        writer.write(refs.documents)
        writer.write(refs.zaken)
        writer.write(refs.activities)
        writer.write(outcome != nil)
        if let outcome {
            writer.write(outcome.result.rawValue)
            writer.write(outcome.label)
            writer.write(outcome.date?.description)
            writer.write(outcome.method)
            writer.write(outcome.votes.count)
            for vote in outcome.votes {
                writer.write(vote.group)
                writer.write(vote.choice.rawValue)
                writer.write(vote.seats)
                writer.write(vote.member)
                writer.write(vote.mistaken)
            }
        }
        writer.write(cabinetAppraisal)
        writer.write(status)
        writer.write(dossierTitle)
        writer.write(stages.count)
        for stage in stages {
            writer.write(stage.step.rawValue)
            writer.write(stage.date?.description)
            writer.write(stage.document)
        }
        writer.write(replaces)
        writer.write(source.format.rawValue)
        writer.write(source.document)
        writer.write(source.url)
        writer.write(source.hash)
        return writer.data
    }

    /// Reads what `stored` wrote, in this version or an earlier one; throws on anything else.
    package init(stored data: Data) throws {
        var reader = CompactReader(data)
        let version = try reader.int()
        guard (1...Self.storageVersion).contains(version) else { throw CompactReader.Malformed() }
        func value<T: RawRepresentable>(_ type: T.Type) throws -> T where T.RawValue == String {
            guard let value = T(rawValue: try reader.string()) else { throw CompactReader.Malformed() }
            return value
        }
        func day() throws -> Day? {
            guard let text = try reader.optionalString() else { return nil }
            guard let day = Day(text) else { throw CompactReader.Malformed() }
            return day
        }
        let id = try reader.string()
        let kind = try value(Kind.self)
        let date = try day()
        let title = try reader.string(), text = try reader.string()
        let dictum = try reader.optionalString()
        let actors = try (0..<(try reader.int())).map { _ in
            Actor(role: try value(Actor.Role.self), name: try reader.string(), group: try reader.optionalString())
        }
        let refs = References(
            dossiers: try reader.strings(), documents: try reader.strings(), zaken: try reader.strings(),
            activities: version >= 2 ? try reader.strings() : [])
        var outcome: Outcome?
        if try reader.bool() {
            let result = try value(Outcome.Result.self)
            let label = try reader.string()
            let date = try day()
            let method = try reader.optionalString()
            let votes = try (0..<(try reader.int())).map { _ in
                Vote(
                    group: try reader.string(), choice: try value(Vote.Choice.self), seats: try reader.optionalInt(),
                    member: try reader.optionalString(), mistaken: version >= 2 ? try reader.bool() : false)
            }
            outcome = Outcome(result: result, label: label, date: date, method: method, votes: votes)
        }
        let appraisal = try reader.optionalString()
        let status = try reader.optionalString()
        let dossierTitle = version >= 3 ? try reader.optionalString() : nil
        let stages =
            version >= 2
            ? try (0..<(try reader.int())).map { _ in
                Stage(step: try value(Stage.Step.self), date: try day(), document: try reader.string())
            } : []
        let replaces = version >= 4 ? try reader.strings() : []
        let source = Source(
            format: try value(DocumentFormat.self), document: try reader.string(), url: try reader.optionalString(),
            hash: try reader.string())
        guard reader.isAtEnd else { throw CompactReader.Malformed() }
        self.init(
            id: id, kind: kind, date: date, title: title, text: text, dictum: dictum, actors: actors, refs: refs,
            outcome: outcome, cabinetAppraisal: appraisal, status: status, dossierTitle: dossierTitle,
            stages: stages, source: source)
        self.replaces = replaces
    }

    /// The version `stored` writes.
    package static let storageVersion = 4
}
