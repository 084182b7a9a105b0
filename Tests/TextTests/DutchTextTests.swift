import Foundation
import Testing
import Text

@Suite("Dutch text: folding, Snowball stems and phrase matching")
struct DutchTextTests {
    @Test("Folding lower-cases, removes diacritics and splits on punctuation")
    func fold() {
        #expect(
            DutchText.fold("Het VN-Vluchtelingenverdrag, geëist; Yeşilgöz!")
                == "het vn vluchtelingenverdrag geeist yesilgoz")
    }

    @Test("Stems: plurals and verb forms meet; -ies plurals too")
    func stems() {
        let stem = DutchStemmer.shared.stem
        #expect(stem("risicoprofilering") == "risicoprofiler")
        #expect(stem("risicoprofileringen") == "risicoprofiler")
        #expect(stem("profileren") == "profiler")
        #expect(stem("demonstraties") == "demonstratie")
        #expect(stem("demonstratie") == "demonstratie")
        #expect(stem("demonstranten") == "demonstrant")
        #expect(stem("vluchtelingenverdragen") == "vluchtelingenverdrag")
        // The "-s" plural of a noun in "-e" meets its noun; "proces" is too short to be read as one.
        #expect(stem("asielprocedures") == stem("asielprocedure"))
        #expect(stem("genocides") == stem("genocide"))
        #expect(stem("blokkades") == stem("blokkade"))
        #expect(stem("proces") == "proces")
        // A plural that doubles a consonant Snowball leaves doubled meets its noun; "kk", "dd", "tt" it undoubles.
        #expect(stem("processen") == "proces")
        #expect(stem("waterkanonnen") == stem("waterkanon"))
        #expect(stem("taakstraffen") == stem("taakstraf"))
        #expect(stem("rellen") == "rel")
        #expect(stem("klassen") == stem("klasse"))
        #expect(stem("blokken") == "blok")
        #expect(stem("stress") == "stres")
        #expect(stem("opzeggen") == "opzeg")
        #expect(stem("opzegging") == "opzeg")
        // A final "v" or "z" left by an ending is spelled "f" or "s", as the word alone.
        #expect(stem("preventieve") == stem("preventief"))
        #expect(stem("proactieve") == "proactief")
        #expect(stem("buitengrenzen") == "buitengrens")
        #expect(stem("brieven") == "brief")
    }

    @Test("Inflections match both ways")
    func inflections() {
        for (one, other) in [
            ("risicoprofilering", "risicoprofileringen"), ("demonstratie", "demonstraties"),
            ("etnisch profileren", "etnische profilering"), ("terugkeerhub", "terugkeerhubs"),
            ("asielprocedure", "asielprocedures"),
        ] {
            #expect(FoldedText(one).contains(FoldedPhrase(other)), "\(other) in \(one)")
            #expect(FoldedText(other).contains(FoldedPhrase(one)), "\(one) in \(other)")
        }
    }

    @Test("A compound matches its head, never its first part")
    func compounds() {
        let text = FoldedText(
            "risicoprofilering bij de IND; vreemdelingendetentie; demonstratieprojecten; protestantse kerken")
        #expect(text.occurrences(of: FoldedPhrase("profilering")) == 1)
        #expect(text.contains(FoldedPhrase("detentie")))
        #expect(!text.contains(FoldedPhrase("demonstratie")))
        #expect(!text.contains(FoldedPhrase("protest")))
        // A head whose stem is shorter than four letters is too short to tell: "rellen" (`rel`) in "structureel".
        #expect(!FoldedText("een structureel lagere stalbezetting").contains(FoldedPhrase("rellen")))
        #expect(FoldedText("de rel in Den Haag").contains(FoldedPhrase("rellen")))
        #expect(!FoldedText("rechtsbijstandovereenkomst met Taiwan").contains(FoldedPhrase("rechtsbijstand")))
    }

    @Test("A phrase as written matches its own form only, and heads a compound as written")
    func asWritten() {
        let protests = FoldedPhrase("protesten", asWritten: true)
        #expect(FoldedText("de protesten in Iran").contains(protests))
        #expect(FoldedText("de boerenprotesten in Heerenveen").contains(protests))
        #expect(FoldedText("de Rif-protesten").contains(protests))
        #expect(!FoldedText("een krachtig protest van de EU").contains(protests))
        #expect(!FoldedText("protestantse kerken").contains(protests))
        // By its stem, the plural finds the singular too.
        #expect(FoldedText("een krachtig protest van de EU").contains(FoldedPhrase("protesten")))
    }

    @Test("An opening phrase matches as the first part of a compound only, as written")
    func opening() {
        let dublin = FoldedPhrase.opening("Dublin")
        #expect(FoldedText("alles op alles zetten om Dublinclaimanten terug te sturen").contains(dublin))
        #expect(FoldedText("Dublinoverdrachten aan Bulgarije").contains(dublin))
        // Not the word alone, nor a first part with fewer than three letters after it, nor a compound's head.
        #expect(!FoldedText("de Europese top in Dublin").contains(dublin))
        #expect(!FoldedText("een Dublinse haven").contains(dublin))
        #expect(!FoldedText("het Oost-Dublin project").contains(dublin))
        #expect(!FoldedText("NieuwDublin").contains(dublin))
        #expect(dublin.firstKey.stem == nil && !dublin.headsCompounds)
    }

    @Test("Words of up to three letters match exactly")
    func shortWords() {
        let text = FoldedText("bij de IND; industrie")
        #expect(text.occurrences(of: FoldedPhrase("IND")) == 1)
        #expect(!text.contains(FoldedPhrase("VN")))
        #expect(!FoldedPhrase("a-b").isUsable)
    }
}
