import Deeds
import Foundation
import TestSupport
import Testing

@Suite("Motion text: considerations, operative part and signatories")
struct MotionTextTests {
    @Test("Considerations stay out of the operative part; the names after the closing line are the signatories")
    func vanNispen() {
        let motion = MotionText(paragraphs: [
            "De Kamer,", "gehoord de beraadslaging,",
            "constaterende dat toegang tot rechtsbijstand en een eerlijk proces fundamenteel zijn voor de rechtsstaat;",
            "overwegende dat transparante wetgeving met uitvoeringstoetsen en openbare consultatie cruciaal is;",
            "verzoekt de regering bij de nadere invulling van de rechtsbescherming duidelijk te maken op welke manier een eerlijk proces en fundamentele rechten gewaarborgd worden,",
            "en gaat over tot de orde van de dag.", "Van Nispen",
        ])
        #expect(
            motion.dictum == [
                "verzoekt de regering bij de nadere invulling van de rechtsbescherming duidelijk te maken op welke manier een eerlijk proces en fundamentele rechten gewaarborgd worden,"
            ])
        #expect(motion.body.count == 6)
        #expect(motion.body.last == "en gaat over tot de orde van de dag.")
        #expect(motion.signatories == ["Van Nispen"])
    }

    @Test("A real motion read from its XML: the dictum starts at 'verzoekt' and runs to the closing line")
    func realMotion() throws {
        let deed = try #require(try Fixtures.read(Fixtures.kamerstuk("kst-36704-59")).deeds.first)
        #expect(deed.dictum?.hasPrefix("verzoekt de regering bij de nadere invulling van de rechtsbescherming") == true)
        #expect(deed.dictum?.contains("constaterende") == false)
        #expect(deed.actors.map(\.name) == ["M. van Nispen"])
        #expect(deed.text.hasSuffix("en gaat over tot de orde van de dag."))
    }

    @Test("A paragraph after the operative one continues it unless it is a consideration; 'spreekt uit' is operative")
    func continuedDictum() {
        let motion = MotionText(paragraphs: [
            "De Kamer,", "gehoord de beraadslaging,", "constaterende dat het Strafhof onder druk staat;",
            "spreekt uit dat Nederland het Strafhof steunt;", "en zich daarvoor in de EU inzet,",
            "overwegende dat sancties het werk van het Hof belemmeren;", "en gaat over tot de orde van de dag.",
            "Dobbe", "Piri",
        ])
        #expect(
            motion.dictum == ["spreekt uit dat Nederland het Strafhof steunt;", "en zich daarvoor in de EU inzet,"])
        #expect(motion.signatories == ["Dobbe", "Piri"])
    }

    @Test("Without the closing line there are no signatories: nothing after the text is taken for a name")
    func unclosed() {
        let motion = MotionText(paragraphs: ["De Kamer,", "verzoekt de regering te stoppen,", "Baudet"])
        #expect(motion.signatories == [])
    }
}
