import Foundation
import Ledger
import Text

// The words a deed asks with, for `StanceReader`: what asks for less of a thing or more of it, the words that
// link an asking word to what it asks of, and the forms (split, present tense, participle) the words take.

extension StanceReader {
    /// Words that ask for less of what they name ("bestrijden van", "verbod op", "… afschaffen") or more of it
    /// ("uitbreiding van", "versterken", "… waarborgen"), as stems: the direction a deed asks of a pledge's subject.
    /// A separable verb's split form and weak participle are derived (`withSplitForms`): "afschaffen" gives "af te
    /// schaffen" and "afgeschaft"; a strong verb's participle ("ingetrokken") is listed.
    static let lessWords: [FoldedPhrase] = [
        "tegengaan", "bestrijden", "bestrijding", "voorkomen", "verbieden", "verbod op", "uitbannen",
        "stoppen", "beeindigen", "afschaffen", "afschaffing", "terugdringen", "terugbrengen van het aantal", "beperken",
        "beperking",
        "inperken",
        "verminderen", "vermindering", "aanpakken", "aanpak van", "schrappen", "intrekken", "intrekking", "opheffen",
        "ontmoedigen", "onwenselijk", "ongewenst", "geen plaats", "geen ruimte", "uitsluiten", "verlagen", "ontslag",
        "sanctie",
        "ontdoen van",
        "beperkt", "verboden", "teruggedrongen", "geschrapt", "ingetrokken", "bestreden", "uitgesloten",
        // Curbing a thing: "paal en perk te stellen aan risicoprofilering".
        "paal en perk stellen aan", "opschorten", "opschorting", "terugdraaien", "opzeggen", "opzegging", "afbouwen",
        "afbouw", "uitfaseren",
        "bezuinigen", "bezuiniging", "bezuinigd", "korting op",
        "schorsen", "schorsing", "geschorst", "minder", "lager", "lagere", "geen plek", "blokkeren", "geblokkeerd",
        // Measures against a thing ask for less of it: "maatregelen tegen het nederzettingenbeleid".
        "maatregelen tegen", "handelsmaatregelen tegen", "drukmiddelen tegen", "sancties tegen", "optreden tegen",
        // Freezing it: "het bevriezen van de Nederlandse bijdrage aan het Internationaal Strafhof", "bevroren houden".
        "bevriezen", "bevriezing", "bevroren houden",
        // Letting it go, or lapse: "de voorgenomen uitbreiding van de rechterlijke controle te laten varen", "waarmee
        // het toetsingsverbod vervalt".
        "laten varen", "vervallen", "vervalt", "laten vervallen",
        // Keeping it out of sight: "demonstraties buiten het zicht van de NAVO-top laten plaatsvinden".
        "buiten het zicht", "buiten zicht- en hoorafstand", "buiten zicht en hoorafstand",
        // Barring people from entry: "een inreisverbod voor gewelddadige kolonisten".
        "inreisverbod voor", "inreisverboden voor", "inreisverbod instellen voor",
        "verkleinen", "verkleining", "reduceren", "reductie", "stopzetten", "stopzetting", "stopgezet",
        // "stopzetten" split: its particle is no separable particle `withSplitForms` knows.
        "stop te zetten", "stop zetten", "tegenhouden",
        "weren",
        // Violating or hollowing out a thing asks less of it: "niet schenden van gemaakte afspraken". Not
        // "ondermijnen": "ondermijning van de rechtsstaat als grond voor beëindiging van bekostiging" names a ground
        // (a stem matches verb and noun alike).
        "schenden", "geschonden", "uithollen",
        // Weakening it: "de procedurele waarborgen in de asielprocedure niet af te zwakken".
        "afzwakken", "afzwakking", "verzwakken", "verzwakking", "afgezwakt", "verzwakt",
        // Tampering with it: "niet te tornen aan de rechtsbijstand voor asielzoekers" asks no less of it; so does
        // making it harder: "gezinshereniging te bemoeilijken".
        "tornen aan", "te tornen aan", "getornd aan", "bemoeilijken", "moeilijker maken",
        // Rejecting a thing asks less of it: "asielverzoeken sneller afwijzen". Not the participle: "afgewezen
        // asielzoekers" are people, not an ask. Denying a thing to someone asks less of it too: "de toegang tot de
        // arbeidsmarkt ontzeggen".
        "afwijzen", "afwijzing", "ontzeggen", "ontzegging",
        // A cap asks less: "uitspreken wat het maximum aantal asielzoekers is dat Nederland aankan".
        "maximum", "maximumaantal", "plafond",
        // Closing a thing asks less of it: "alle asielzoekerscentra in Nederland direct sluiten", "geen
        // rechtspraaklocaties sluiten". Not "afsluiten" (a separable verb of its own: "hermetisch afsluiten").
        "sluiten", "sluiting",
        // Catching up on a backlog asks less of it: "achterstanden bij zedenzaken in te lopen".
        "inlopen", "wegwerken",
        // Dismissing someone asks less of them: "de Nationaal Coördinator … de laan uit te sturen".
        "ontslaan", "de laan uitsturen", "de laan uit sturen",
        // Removing a thing asks less of it: "het weghalen van de rechtsprekende taak bij de Raad van State", "geen
        // vreemdelingen meer uit COA-locaties verwijderen"; so do curbing it, halting it and a moratorium on it.
        "verwijderen", "verwijdering", "wegnemen", "weghalen", "elimineren", "uitroeien", "aan banden leggen",
        "halt toeroepen", "moratorium op",
        // The fight against a thing, and a plan, policy or law against it: "de strijd tegen straffeloosheid".
        "strijd tegen", "actieplan tegen", "beleid tegen", "wetgeving tegen", "campagne tegen",
        // Condemning and denouncing a thing ask less of it: "het veroordelen van de aanslagen op religieuze
        // minderheden", "discriminatie van Papoea's aan de kaak blijven stellen".
        "veroordelen", "aan de kaak",
        // Refusing and deporting people ask fewer of them: "het weigeren van asielzoekers uit veilige landen", "het
        // sneller uitzetten van criminele asielzoekers"; so does having them return: "Syrische vluchtelingen actief
        // te laten terugkeren naar Syrië" (as a verb only: "teruggekeerde" people are who came back).
        "weigeren", "weigering", "uitzetten", "terugkeren",
        // So does locking them up: "het opsluiten van overlastgevende asielzoekers".
        "opsluiten",
        // Withdrawing from a thing asks less of it: "zich te onttrekken aan het Statuut van Rome".
        "onttrekken aan", "terugtrekken uit", "uittreden uit",
        // Punishing a thing asks less of it; a ban set up on it too: "een verbod in te stellen op het gebruik van
        // etniciteit". Not "aantasten": "te onderzoeken of … de grondrechten … aantast" asks whether, not less.
        "bestraffen", "bestraffing", "beboeten",
        // Punishing it harder: "hogere straffen voor het blokkeren van snelwegen".
        "straffen voor", "strafverzwaring voor", "zwaarder straffen",
        "verbod instellen op",
        // A ban on trade with a thing: "een handelsverbod voor producten en diensten van en naar de illegale
        // Israëlische nederzettingen".
        "handelsverbod voor", "handelsverbod op", "handelsverbod met",
        // Making a thing a crime asks less of it: "etnisch profileren strafbaar stellen"; so does calling it
        // unacceptable: "uitspreken dat etnisch profileren onacceptabel is"; and ceasing it: "het staken van".
        "strafbaar stellen", "strafbaarstelling", "strafbaar maken", "onacceptabel", "onaanvaardbaar", "ontoelaatbaar",
        "verwerpelijk", "verwerpelijkheid", "staken",
        // Putting it on hold or in the freezer: "de uitbreiding van de vreemdelingendetentie on hold te zetten".
        "on hold zetten", "in de ijskast zetten",
        // Bringing it to a minimum, halving it, taking it apart, cutting it short: "etnisch profileren te
        // minimaliseren", "de maximale duur van vreemdelingendetentie te verkorten".
        "minimaliseren", "halveren", "ontmantelen", "verkorten", "verkorting",
        // Breaking through it: "het doorbreken van het onschendbaarheidsbeginsel van wetten".
        "doorbreken",
        // Tolerating none of it: "zero tolerance voor etnisch profileren", "nultolerantie ten aanzien van".
        "zero tolerance", "zerotolerance", "nultolerantie", "nultolerantie ten aanzien van",
        "zero tolerance ten aanzien van",
        // Ignoring or setting aside a thing asks less of it: "het advies van het Internationaal Gerechtshof naast zich
        // neer te leggen"; so does arresting people: "het arresteren van klimaatactivisten".
        "negeren", "naast zich neerleggen", "terzijde schuiven", "terzijde te schuiven", "in de wind slaan",
        "arresteren", "arrestatie van", "arrestaties van",
        // Prosecuting: "verdachten van oorlogsmisdaden te vervolgen". As written (`verbsOnly`): its stem is that of
        // "vervolg" (a sequel: "een vervolg geven aan de aanbevelingen").
        "vervolgen",
        // Preventing it: "economische activiteiten in illegaal bezet Palestijns gebied verhinderen".
        "verhinderen", "verhindering", "verhinderd",
        // Taking it out of use, clearing it away, putting it off, treating it as not binding: "het risicomodel van
        // DUO definitief buiten gebruik stellen", "een vreedzame demonstratie niet laten ontruimen", "de uitbreiding van de
        // politiestrafbeschikking uitstellen", "het advies van het Internationaal Gerechtshof als vrijblijvend
        // beschouwen"; measures in return against it: "tegenmaatregelen tegen de Amerikaanse sancties".
        "buiten gebruik stellen", "buiten gebruik te stellen", "buiten gebruik gesteld", "buiten werking stellen",
        "buiten werking te stellen", "ontruimen", "ontruiming", "ontruimd", "uitstellen", "vrijblijvend",
        "tegenmaatregelen tegen",
        // Troops withdrawn from a place ask less of its occupation: "de terugtrekking van Israëlische troepen uit alle
        // bezette Palestijnse gebieden" (`occupiers`).
        "terugtrekking",
    ].map { FoldedPhrase($0, wholeWords: true) }
    static let moreWords: [FoldedPhrase] = [
        "uitbreiden", "uitbreiding", "verruimen", "verruiming", "invoeren", "invoering", "intensiveren", "versterken",
        "versterking", "meer", "vaker", "toestaan", "mogelijk maken", "stimuleren", "behouden",
        // Tightening a rule asks more of it: "het aanscherpen van de meldplicht voor demonstraties"; so does saying a
        // thing must be possible: "spreekt uit dat de politie moet kunnen selecteren op uiterlijk".
        "aanscherpen", "aanscherping", "moet kunnen", "moeten kunnen",
        // Bringing a law into force asks more of it: "de Asielnoodmaatregelenwet zo spoedig mogelijk in werking te
        // laten treden" (the name "Wet invoering tweestatusstelsel" asks nothing itself).
        // Not the noun "inwerkingtreding", mostly a date: "sinds de inwerkingtreding van de wet".
        "in werking laten treden", "in werking treden",
        // Taking a thing as the starting point or guide asks to follow it, and so does calling it binding: "het advies
        // van het Internationaal Gerechtshof als uitgangspunt te nemen", "… niet bindend is en geen leidraad mag zijn"
        // denies both.
        "als uitgangspunt nemen", "tot uitgangspunt nemen", "uitgangspunt", "leidraad", "bindend",
        // Taking an application into consideration, an ask only where restricted (`permittedOnlyRestricted`).
        "in behandeling nemen", "in behandeling genomen",
        "waarborgen", "garanderen", "borgen", "beschermen", "bescherming", "bevorderen", "verbeteren", "herstellen",
        // Keeping it standing: "grondrechten ook in crisiswetgeving volledig overeind moeten blijven"; letting it rise:
        // "de griffierechten niet verder laten stijgen".
        "overeind", "laten stijgen",
        // Stretching it: "het niet verder oprekken van de gronden om veroordeelde statushouders ongewenst te verklaren";
        // imposing it: "het laten opleggen van strafbeschikkingen door agenten"; going along with it: "het meegaan met
        // de Amerikaanse sancties tegen medewerkers van het Strafhof".
        "oprekken", "opleggen", "meegaan met",
        // Weighing a thing in a decision asks for it to count: "het niet langer laten meewegen van huidskleur bij
        // controles" asks it not to.
        "meewegen", "laten meewegen",
        // Bringing a thing in line with a ruling asks more of the ruling: "de werkinstructies van de marechaussee in
        // lijn brengen met het arrest van het hof"; raising a fee with prices: "de uurtarieven van sociaal advocaten
        // jaarlijks indexeren".
        "in lijn brengen met", "in overeenstemming brengen met", "indexeren", "indexering",
        // Minimum standards for a thing ask it done well, more of it: "minimale eisen hanteren voor de
        // opvanglocaties waar kinderen verblijven". Not "eisen stellen aan": stricter demands on people ask less.
        "minimale eisen", "minimumeisen", "minimumnormen", "kwaliteitseisen", "kwaliteitsnormen",
        "minimale eisen hanteren voor", "minimumeisen hanteren voor", "minimumnormen hanteren voor",
        // Sparing a thing from cuts keeps it: "het Juridisch Loket ontzien bij nieuwe besparingsvoorstellen"; so does
        // keeping it going: "de gesubsidieerde rechtsbijstand voor asielzoekers in stand te houden".
        "ontzien", "in stand houden", "in stand gehouden", "overeind houden",
        // Declaring a thing: "per direct de asielcrisis uit te roepen", "een noodverordening af te kondigen"; saying
        // there is one: "spreekt uit dat er sprake is van een asielcrisis" ("geen sprake van" denies it).
        "uitroepen", "afkondigen", "uitgeroepen", "afgekondigd", "sprake van", "sprake is van", "sprake zijn van",
        // Following it up: "de aanbevelingen op te volgen"; calling it indispensable: "spreekt uit dat UNRWA onmisbaar
        // is voor de humanitaire hulp in Gaza".
        "opvolgen", "onmisbaar", "onmisbare", "essentieel", "essentiele", "cruciaal", "cruciale",
        "uitvoeren", "naleven", "na te leven", "nageleefd", "naleving", "steunen", "ondersteunen", "financieren",
        "vergoeden", "verhogen", "verlengen",
        // Keeping it as it is: "dat artikel 120 van de Grondwet ongewijzigd moet blijven".
        "ongewijzigd",
        // Steps towards it: "geen stappen te zetten naar rechterlijke toetsing van wetten aan de Grondwet".
        "stappen zetten naar", "stappen te zetten naar", "stappen naar", "stappen richting", "stap naar",
        "verruimd", "versterkt", "gewaarborgd", "gegarandeerd", "geborgd", "beschermd",
        "verbeterd", "hersteld", "verlengd", "toegestaan", "geintensiveerd",
        "handhaven", "handhaving", "toegang tot", "realiseren", "faciliteren", "aanbieden",
        "gehandhaafd", "gerealiseerd", "gefaciliteerd", "extra", "ophogen",
        // More on top of what there is: "additionele plekken voor hervestigde statushouders", "een hoger bedrag voor
        // de eerste opvang".
        "additionele", "aanvullende", "hoger", "hogere",
        // Wider: "een ruimer kinderpardon", "ruimere bevoegdheden voor preventief fouilleren"; enough of it: "voldoende
        // opvangplekken".
        "ruimer", "ruimere", "voldoende",
        // Acceptable asks for it, and never acceptable for none: "etnisch profileren nooit acceptabel is".
        "acceptabel", "aanvaardbaar", "toelaatbaar",
        "bepleiten", "pleiten voor", "aandringen op", "bepleit", "toelaten", "toelating", "toegelaten", "overnemen",
        "overgenomen", "compenseren", "gecompenseerd", "verplicht stellen", "verplicht gesteld",
        "verankeren", "verankering", "verankerd", "vastleggen", "opnemen",
        "inzetten voor", "inzet voor", "voortzetten", "voortzetting",
        // Deploying a means asks more of it: "waterkanonnen in te zetten tegen klimaatactivisten", "de inzet van
        // preventief fouilleren". The verb as written (`verbsOnly`): "inzet" alone is also a stance, "de Nederlandse
        // inzet".
        "inzetten", "inzet van",
        // Pushing it through: "de plannen voor een politiestrafbeschikking niet door te zetten" asks none of it.
        "doorzetten",
        "continueren", "toevoegen aan", "vergroten", "vergroting", "vergroot", "verdubbelen", "verdubbeling",
        // Widening and speeding it up: "de opvang te verbreden", "de hervestiging te versnellen".
        "verbreden", "verbreding", "versnellen", "versnelling",
        // Resuming a thing asks more of it: "de export van F-35-onderdelen naar Israël te hervatten"; holding on to
        // it keeps it: "vast te houden aan het toetsingsverbod".
        "hervatten", "hervatting", "vasthouden aan",
        // Keeping to it: "zich onverkort te houden aan de voorlopige maatregelen van het Internationaal Gerechtshof".
        "houden aan", "te houden aan",
        "investeren in", "investering in", "inzetten op", "uitbouwen", "opschalen", "hervestigen", "herplaatsen",
        // Spending money or attention on it: "een deel van de 200 miljoen euro besteden aan de aanbevelingen van de
        // commissie-Van der Meer II".
        "besteden aan", "te besteden aan",
        // Setting a thing up asks more of it: "een humanitair toelatingsprogramma voor Afghanen op te zetten", "de
        // oprichting van een terugkeerhub"; so do making it easier and working with it: "de ongewenstverklaring van
        // criminele vreemdelingen te vergemakkelijken", "niet mee te werken aan de oprichting van terugkeerhubs".
        "opzetten", "oprichten", "oprichting", "opgericht", "vergemakkelijken", "makkelijker maken",
        "eenvoudiger maken", "meewerken aan", "medewerking aan", "medewerking verlenen aan",
        // Joining it: "het aansluiten bij de zaak van Zuid-Afrika tegen Israël"; securing it in a negotiation: "een
        // opt-out voor een aantal Europese richtlijnen bedingen".
        "aansluiten bij", "aansluiting bij", "aansluiten in", "bedingen",
        "aandacht vragen voor", "bieden", "een veilig thuis",
        // Inviting people asks more of them coming: "het uitnodigen van 250 Syrische vluchtelingen". As written
        // (`verbsOnly`): "stoppen met uitnodigende woorden over vluchtelingen" stops the words.
        "uitnodigen",
        // Meeting or providing for a thing asks more of it: "voor 1 augustus 2022 voldoen aan de minimumeisen voor
        // opvang", "voorzien in de minimale eisen voor opvangvoorzieningen"; so does arriving at it or seeing to it:
        // "te komen tot opvang die voor langdurige bewoning door kinderen geschikt is", "te zorgen voor voldoende
        // opvang" (with "te": "de medische zorg voor asielzoekers" is a noun).
        "voldoen aan", "voorzien in", "komen tot", "te zorgen voor", "zorg te dragen voor",
        // Opening a thing up asks more of it: "het Juridisch Loket openstellen voor middeninkomens"; so does bringing
        // it back: "grenscontroles herintroduceren op basis van artikel 25 Schengengrenscode".
        "openstellen", "open te stellen", "openstelling", "herintroduceren", "herintroductie", "herinvoeren",
        "herinvoering",
        // Designating, putting to use and making available ask more of what they are for: "aanwijzen van locaties
        // voor opvang", "ingebruikname van rijksvastgoed voor de opvang", "opvangplaatsen … ter beschikking te stellen
        // voor asielzoekers".
        "aanwijzen", "ingebruikname", "ter beschikking stellen", "beschikbaar stellen", "beschikbaar maken",
        // Proposals and plans for a thing ask more of it: "voorstellen voor rechtsbijstand aan militairen".
        "voorstellen voor", "voorstel voor", "plan voor", "plannen voor",
        // Delivering what was promised: "opleveren van alle toegezegde opvangplekken".
        "opleveren", "oplevering",
        // Paying it out asks more of what it is for: "het voor UNRWA gereserveerde bedrag direct uitkeren".
        "uitkeren", "uitbetalen", "uitbetaling",
        // Hurrying a thing asks more of it, sooner: "haast te maken met een aparte en robuuste opvangvoorziening".
        "haast maken met",
        // Taking part in a thing asks more of it: "participeren in het tijdelijk humanitair toelatingsprogramma".
        "participeren in", "deelnemen aan", "deelname aan",
        // Eligibility for a thing asks more of it: "gewortelde kinderen in aanmerking laten komen voor een kinderpardon".
        "in aanmerking komen voor", "in aanmerking laten komen voor",
        // Only the verb split around "te", or as a noun with "het": "opvangen" would match the noun "opvang" by its
        // stem, which is a "de" word ("het opvangen van kinderen uit Moria").
        "op te vangen", "het opvangen van", "naar Nederland halen", "naar Nederland te halen",
        // Building, opening and keeping open ask more of what they are for: "het bouwen van nieuwe azc's", "het
        // openhouden van rechtspraaklocaties"; releasing people asks more of them free: "het vrijlaten van
        // gearresteerde demonstranten".
        "bouwen", "bouw van", "openhouden", "open houden", "heropenen", "vrijlaten", "vrijlating",
        "vrij te laten",
    ].map { FoldedPhrase($0, wholeWords: true) }
    /// Issuing and granting a thing ask more of it ("nimmer verstrekken van verblijfsvergunningen aan vreemdelingen
    /// die een misdrijf hebben gepleegd" asks fewer, "tijdelijk verlenen van een verblijfsvergunning asiel" more);
    /// a negation of one passes on to whom it is given (`givingStems`).
    static let giving = ["verstrekken", "verstrekking", "verlenen", "verlening", "toekennen", "toekenning", "geven"]
        .map { FoldedPhrase($0, wholeWords: true) }
    /// Asking words that say how much of the noun after them is asked ("minder asielzoekers", "lager
    /// politiepersoneel"): they match as written, never by their stem ("minderheid" is no "minder"), and bear only
    /// on a phrase after them.
    static let modifiers: Set<String> = [
        "minder", "lager", "lagere", "meer", "extra", "additionele", "aanvullende", "hoger", "hogere", "ruimer",
        "ruimere", "voldoende",
    ]
    /// Verbs that ask only as verbs: their noun of the same stem names a plan, not an ask ("een gecoördineerde
    /// aanpak voor de herplaatsing van vluchtelingen" asks no less relocation; "aanpak van" is listed for tackling).
    /// They match as written, never by their stem, and give no participle (`withSplitForms`): "uitnodigende woorden"
    /// and "uitgenodigde vluchtelingen" name words and people, "aanwijzingen van pushbacks" are signs of them.
    static let verbsOnly: Set<String> = [
        "aanpakken", "uitnodigen", "aanwijzen", "staken", "terugkeren", "vervolgen", "inzetten",
        // Paying for a thing, not the fee: "vergoedingen" is a noun of money (`feeNouns`).
        "vergoeden",
    ]
    /// The stems of `giving`, to tell them among a clause's asking words.
    static let givingStems = Set(giving.map { $0.stems[0] })
    /// Participles of verbs that split nowhere, so none is derived (`withSplitForms`), asking less or more: "hoe de
    /// asielinstroom kan worden verminderd". They ask only as written: inflected before a noun they describe it ("in
    /// tijden van verhoogde asielinstroom" asks nothing).
    static let lessParticiples = [
        "verminderd", "verlaagd", "beeindigd", "gestopt", "verkleind", "gereduceerd", "gehalveerd", "geweerd",
        "teruggebracht", "gearresteerd", "genegeerd",
        // Unjust or unlawful, as written: "spreekt uit dat het arrestatiebevel tegen de Israëlische premier onterecht
        // is"; inflected before a noun they describe it ("bij onterechte claims").
        "onterecht", "onrechtmatig",
    ]
    static let moreParticiples = ["verhoogd", "verdubbeld", "gestimuleerd", "bevorderd", "opgevolgd"]
    static let participles = Set(lessParticiples + moreParticiples)
    /// The asking words matched as written, never by their stem: `modifiers`, `verbsOnly` and `participles` (and,
    /// as whole words with a stem of three letters, "weren": `FoldedPhrase.wholeWords`).
    static let matchedAsWritten = modifiers.union(verbsOnly).union(participles)
    /// The articles: after a pledge phrase, an asking word with one before it heads a noun of its own.
    static let articles: Set<String> = ["de", "het", "een"]
    /// How many words after a pledge phrase an asking word still bears on it ("preventief fouilleren kan worden
    /// verruimd", "alle asielzoekers die over land naar Nederland komen tegenhouden"); at ten, a dictum's later asks
    /// reach phrases they do not bear on.
    static let directionReachAfter = 8
    /// The words that may stand between an asking word and the pledge phrase after it, besides numbers and
    /// adjectives (`isLinking`): "bestrijden van het etnisch profileren" asks less of it, "terugdringen van isolatie
    /// in vreemdelingendetentie" asks nothing of detention itself.
    static let linkingWords: Set<String> = Set([
        "van", "de", "het", "een", "op", "aan", "alle", "te", "voor", "tot",
        // The money for something, and who may have it: "extra budget voor de sociale advocatuur", "bezuiniging op de
        // rechtspraak", "verhogen van de tarieven van sociaal advocaten", "verruimen van de inkomensgrenzen voor
        // gesubsidieerde rechtsbijstand".
        "budget", "geld", "middelen", "uitgaven", "inkomensgrens", "inkomensgrenzen", "bedrag", "bedragen", "begroting",
        // Priority or a place for someone: "beëindigen van de voorrang voor statushouders" asks less for them,
        // "additionele plekken voor hervestigde statushouders" more.
        "voorrang", "voorrangsregeling", "voorrangspositie", "voorrangsstatus", "voorrangstatus", "plek", "plekken",
        "plaatsen",
        // The powers to do a thing: "ruimere bevoegdheden voor preventief fouilleren".
        "bevoegdheid", "bevoegdheden",
        // Buildings and sites for something: "het per direct aanwijzen van locaties voor opvang", "ingebruikname van
        // rijksvastgoed voor de opvang van Oekraïense ontheemden".
        "locatie", "locaties", "gebouw", "gebouwen", "pand", "panden", "vastgoed", "rijksvastgoed",
        // The risk of something: "ontdoen van risico's op vooringenomenheid" asks less of the bias (folding
        // reads "risico's" as "risico s").
        "risico", "s",
        // Strong past participles keep their "-en" as adjectives: "opschorten van gedwongen uitzettingen naar
        // ebolagebieden", "terugsturen van afgewezen asielzoekers".
        "gedwongen", "afgewezen", "uitgewezen", "toegelaten", "gesloten", "ingesloten",
        // How many: "opnemen van minstens 400 vluchtelingen", "terugbrengen van het aantal eerste asielaanvragen",
        // "het verhogen van het quotum voor hervestiging".
        "aantal", "quotum", "percentage", "minstens", "ten", "minste", "maximaal", "circa", "ruim",
        // An adjective without its "-e" before a neuter noun: "een tijdelijk humanitair toelatingsprogramma".
        "tijdelijk",
    ]).union(feeNouns)

    /// Whether the words between an asking word and a phrase after it all let the ask through (`isLinking`), or are
    /// ties with what the phrase names: "een verbod op economische relaties met nieuwe Israëlische nederzettingen"
    /// asks less of the settlements, "intensiveren van de samenwerking met het Strafhof" more of the court.
    static func linksAcross(_ words: ArraySlice<String>, after asking: String = "") -> Bool {
        for index in words.indices where !isLinking(words[index]) {
            // An adjective without its "-e" before a neuter noun after "een": "een ambitieus hervestigingsprogramma".
            let afterEen = index > words.startIndex ? words[index - 1] == "een" : asking.hasSuffix("een")
            if afterEen, uninflectedAdjective(words[index]) { continue }
            // A law or scheme named by the phrase right after it: "verlenging van de Tijdelijke wet bestuurlijke
            // maatregelen terrorismebestrijding".
            if index == words.endIndex - 1, namingHeads.contains(words[index]) { continue }
            // A proposal to do the thing, right before what it proposes (`proposals`): "het intrekken van het
            // wetsvoorstel tot invoering van een tweestatusstelsel".
            if index == words.endIndex - 2, proposals.contains(words[index]),
                ["tot", "ter", "voor"].contains(words[index + 1])
            {
                continue
            }
            // The use of or trade in a thing stands for it: "het stoppen van de export van F-35-onderdelen". Not the
            // other `transparentHeads`: "inzetten voor opvang van Eritrese vluchtelingen in de regio" asks for none
            // of them here, "bestrijden van elke vorm van shariarechtspraak" no less of the courts.
            if passingHeads.contains(words[index]), index + 1 < words.endIndex, words[index + 1] == "van" {
                continue
            }
            // Trade to and from a place: "een handelsverbod voor producten en diensten van en naar de illegale
            // Israëlische nederzettingen".
            if ["en", "naar"].contains(words[index]) {
                let van = words[index] == "en" ? index - 1 : index - 2
                if van - 1 >= words.startIndex, van + 2 < words.endIndex, words[van] == "van",
                    words[van + 1] == "en", words[van + 2] == "naar", tradedNouns.contains(words[van - 1])
                {
                    continue
                }
            }
            // Nouns of trade joined, which pass together as one does: "een verbod op de invoer en verkoop van goederen
            // en diensten uit de illegale nederzettingen".
            if inTradeRun(words[index]) {
                var first = index
                while first > words.startIndex, inTradeRun(words[first - 1]) { first -= 1 }
                var next = index
                while next < words.endIndex, inTradeRun(words[next]) { next += 1 }
                let run = words[first..<next]
                if run.filter(tradedNouns.contains).count >= 2, tradedNouns.contains(run.first!),
                    tradedNouns.contains(run.last!), next < words.endIndex,
                    words[next] == "van" || (words[next] == "uit" && run.contains(where: goodsHeads.contains))
                {
                    continue
                }
            }
            // A noun that stands for what follows its preposition, and that preposition (`standsFor`): "de bijdrage
            // aan het Internationaal Strafhof", "extra plaatsen in de ebtl", "producten uit nederzettingen",
            // "economische relaties met nieuwe Israëlische nederzettingen".
            if index + 1 < words.endIndex, standsFor(words[index], words[index + 1]) { continue }
            if index > words.startIndex, standsFor(words[index - 1], words[index]) { continue }
            // The first part of a compound written with a hyphen, split off by folding: "een VN-tribunaal", "het
            // beperken van de OM-strafbeschikking".
            if index == words.endIndex - 1, hyphenPrefixes.contains(words[index]) { continue }
            // Two adjectives joined: "haast te maken met een aparte en robuuste opvangvoorziening".
            let joined =
                (words[index] == "en" || words[index] == "of") && index > words.startIndex
                && index + 1 < words.endIndex && isAdjective(words[index - 1]) && isAdjective(words[index + 1])
            if !joined { return false }
        }
        return true
    }

    /// Whether a word has an adjective's ending that drops no "-e" before a neuter noun ("ambitieus", "structureel",
    /// "humanitair" is listed as `tijdelijk` is).
    static func uninflectedAdjective(_ word: String) -> Bool {
        word.utf8.count > 5
            && ["ieus", "eel", "aal", "ief", "isch", "lijk", "baar", "zaam"].contains(where: word.hasSuffix)
    }

    /// Whether a noun before this preposition stands for what follows it (`linksAcross`): money or room given to it
    /// (`givenTo`), goods from a place ("uit"), ties with someone ("met").
    static func standsFor(_ head: String, _ preposition: String) -> Bool {
        givenTo(head, preposition) || (preposition == "uit" && (goodsHeads.contains(head) || occupiers.contains(head)))
            || (preposition == "met" && relationNouns.contains(head))
            || (preposition == "over" && decisionHeads.contains(head))
    }

    /// Decisions, which stand for what they are about after "over" (`standsFor`): "de opschorting van besluiten over
    /// de financiering van de UNRWA opheffen" asks for the funding.
    static let decisionHeads: Set<String> = ["besluit", "besluiten", "besluitvorming"]

    /// Troops, who stand for the occupation of the place they leave after "uit" (`standsFor`).
    static let occupiers: Set<String> = ["troepen", "strijdkrachten", "militairen", "leger", "kolonisten"]

    /// The nouns of trade and of what is traded, which pass an ask on to what they trade in when joined by "en" or
    /// "of" (`linksAcross`).
    static let tradedNouns = goodsHeads.union([
        "uitvoer", "export", "doorvoer", "verkoop", "promotie", "handel", "aankoop", "levering", "diensten",
    ])

    /// Whether a word belongs to a run of nouns of trade joined by "en" or "of" (`linksAcross`).
    static func inTradeRun(_ word: String) -> Bool { tradedNouns.contains(word) || word == "en" || word == "of" }

    /// Goods, which stand for the place they come from after "uit" (`standsFor`).
    static let goodsHeads: Set<String> = ["producten", "goederen", "import", "invoer"]

    /// Abbreviations folding splits off a compound written with a hyphen ("VN-tribunaal", "OM-strafbeschikking"),
    /// part of the name that follows.
    static let hyphenPrefixes: Set<String> = ["vn", "eu", "om"]

    /// The nouns of a proposal to do a thing, which an ask reaches through before "tot", "ter" or "voor" and what it
    /// proposes (`linksAcross`): "het intrekken van het wetsvoorstel tot invoering van …".
    static let proposals: Set<String> = [
        "wetsvoorstel", "voorstel", "plan", "plannen", "voornemen", "besluit", "initiatiefwetsvoorstel",
    ]

    /// The nouns a name follows: a law, scheme or decree called by the phrase after it (`linksAcross`).
    static let namingHeads: Set<String> = [
        "wet", "regeling", "besluit", "richtlijn", "verordening", "wetsvoorstel", "initiatiefwetsvoorstel",
    ]

    /// The nouns of using and trading a thing, which an asking word reaches through to it (`linksAcross`).
    static let passingHeads: Set<String> = Set([
        "gebruik", "inzet", "toepassing", "aankoop", "levering", "export", "uitvoer", "doorvoer", "import", "invoer",
        // What makes a body or scheme work stands for it: "zich in te zetten voor de onafhankelijkheid van het
        // Internationaal Strafhof", "de financiering van de rechtsbijstand te verhogen".
        "onafhankelijkheid", "functioneren", "financiering", "positie", "integriteit", "effectiviteit", "gezag",
    ]).union(adviceNouns)

    /// What a body advises, which stands for it (`passingHeads`, `transparentHeads`): "het uitvoeren van scenario 1
    /// van de commissie-Van der Meer", "het opvolgen van het advies van de commissie-Van der Meer".
    static let adviceNouns: Set<String> = ["advies", "adviezen", "aanbeveling", "aanbevelingen", "scenario"]

    /// The fees paid for a thing (`linkingWords`, `transparentHeads`): "verhogen van de tarieven van sociaal
    /// advocaten", "de tarieven van sociaal advocaten verhogen".
    static let feeNouns: Set<String> = [
        "tarief", "tarieven", "uurtarief", "uurtarieven", "punttarief", "punttarieven", "vergoeding", "vergoedingen",
    ]

    /// The nouns of money given to a thing, which an asking word reaches through to it before "aan" or "voor"
    /// (`linksAcross`).
    static let fundingHeads: Set<String> = ["bijdrage", "subsidie", "subsidies", "financiering", "capaciteit", "steun"]

    /// Whether a `fundingHeads` noun before this preposition is money or room given to what follows: "aan" always,
    /// "voor" but for a contribution, which before "voor" is a fee ("de eigen bijdrage voor rechtsbijstand"); or a
    /// `roomHeads` noun room in it.
    static func givenTo(_ head: String, _ preposition: String) -> Bool {
        fundingHeads.contains(head) && (preposition == "aan" || (preposition == "voor" && head != "bijdrage"))
            || (roomHeads.contains(head) && preposition == "in")
    }

    /// The room in a place, which stands for it before "in": "extra plaatsen in de extra begeleidings- en
    /// toezichtlocatie".
    static let roomHeads: Set<String> = ["plaatsen", "plekken", "capaciteit", "bedden"]

    /// Nouns of ties with someone, and of trials with something, which stand for them before "met" (`standsFor`).
    static let relationNouns: Set<String> = [
        "relatie", "relaties", "betrekkingen", "handel", "handelsrelaties", "banden", "samenwerking", "contacten",
        "contact",
        // Trials done with a thing stand for it too: "het beëindigen van alle projecten met het Systeem Risico
        // Indicatie", "het stoppen van de pilot met bodycams".
        "project", "projecten", "pilot", "pilots", "experiment", "experimenten", "proef", "proeven",
    ]

    /// Whether a word may stand between an asking word and the phrase it governs: one of `linkingWords`, a number
    /// ("opnemen van minstens 400 vluchtelingen") or an attributive adjective ("intrekken van tijdelijke
    /// asielvergunningen"): a word of more than three letters that ends in "e", not in "ie" (a noun: "een visie op
    /// de toegang tot het recht").
    static func isLinking(_ word: String) -> Bool {
        // Money named by what it is for or whose it is: "bezuiniging op het activiteitenbudget van het COA", "geen
        // belastinggeld voor het herstel van de Gazastrook".
        if linkingWords.contains(word) || word.hasSuffix("budget") || word.hasSuffix("budgetten")
            || word.hasSuffix("geld")
        {
            return true
        }
        let bytes = word.utf8
        guard let last = bytes.last else { return false }
        if last == UInt8(ascii: "e") { return isAdjective(word) }
        return bytes.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") }
    }

    /// Whether a word reads as an attributive adjective: more than three letters ending in "e", not in "ie" (a noun:
    /// "visie"), and not a preposition that ends so (`prepositionsInE`).
    static func isAdjective(_ word: String) -> Bool {
        word.utf8.count > 3 && word.hasSuffix("e") && !word.hasSuffix("ie") && !prepositionsInE.contains(word)
    }

    /// Prepositions that end in "e" like an adjective, and start a phrase of their own: "voorkomen dat huurcontracten
    /// worden opgezegd vanwege opvang van Oekraïense vluchtelingen" asks nothing less of the reception.
    static let prepositionsInE: Set<String> = ["vanwege", "inzake", "gedurende", "betreffende", "aangaande"]

    /// A word that asks for less or more of what it names, where it stands in its clause (`end`: the position after it).
    struct AskingWord {
        let start: Int
        let end: Int
        let wants: LinkHints.Wants
        let words: String
        /// For a preposition that asks as part of a verb or noun before it ("vervangen … door", "aanpassen … aan",
        /// "maatregelen … tegen"), where that verb or noun stands: it asks only of what follows it.
        var joinedTo: Int? = nil
        /// For "only" some words before an allowing verb ("uitsluitend … mogelijk maken"), the allowing words: what
        /// is asked where the allowed thing is one of a kind already (`read`).
        var allowing: String? = nil

        /// The request a subject line makes by opening with a bare noun: no word of its own, read last
        /// (`direction`).
        static let bareSubject = AskingWord(start: 0, end: 0, wants: .more, words: "")
        var isBareSubject: Bool { start == end }
        /// The request a subject line makes by opening with "een": "over een opt-out op het gebied van immigratie".
        static let openingEen = AskingWord(start: 0, end: 1, wants: .more, words: "een")
        var isOpeningEen: Bool { start == 0 && end == 1 && words == "een" }
    }

    /// The asking words, less then more, each with its direction and its place in that order.
    static let askingWords: [(phrase: FoldedPhrase, wants: LinkHints.Wants)] =
        withSplitForms(lessWords + lessParticiples.map { FoldedPhrase($0, wholeWords: true) }).map { ($0, .less) }
        + withSplitForms(moreWords + giving + moreParticiples.map { FoldedPhrase($0, wholeWords: true) }).map {
            ($0, .more)
        }

    /// The particles that split from a Dutch separable verb around "te" in the infinitive a dictum asks with:
    /// "afschaffen" is "de asielvergunning voor onbepaalde tijd af te schaffen", "terugsturen" is "terug te sturen".
    static let separableParticles = [
        "terug", "voort", "tegen", "vast", "over", "door", "neer", "aan", "toe", "uit", "weg", "mee", "bij", "af", "in",
        "op",
    ]

    /// `phrases`, each followed by its split form where it holds a separable verb ("intrekken van" and "in te
    /// trekken van", "verblijfsvergunning intrekken" and "verblijfsvergunning in te trekken"), and by its past
    /// participle as a weak verb makes it ("terugsturen": "teruggestuurd", "aanscherpen": "aangescherpt"). A verb
    /// that only looks separable ("intensiveren"), or a strong one ("intrekken": not "ingetrekt"), gives a form no
    /// text has. A phrase whose verb follows other words takes "te" before it as a dictum's infinitive does
    /// ("strafbaar stellen": "strafbaar te stellen", "in aanmerking laten komen voor": "in aanmerking te laten komen
    /// voor"); and a verb asked to go on takes "blijven" ("in te blijven zetten op", "over in blijven zetten op",
    /// "aandacht te blijven vragen voor"), which asks what the verb asks.
    package static func withSplitForms(_ phrases: [FoldedPhrase]) -> [FoldedPhrase] {
        var all = phrases
        var known = Set(phrases.map(\.folded))
        func add(_ words: [String], like phrase: FoldedPhrase) {
            let variant = FoldedPhrase(words.joined(separator: " "), wholeWords: phrase.wholeWords)
            if known.insert(variant.folded).inserted { all.append(variant) }
        }
        for phrase in phrases {
            for (isParticiple, form) in [(false, splitForm), (true, participle)] {
                // A verb that asks only as a verb has no participle that asks: "uitgenodigde vluchtelingen" are people.
                if isParticiple && verbsOnly.contains(phrase.folded) { continue }
                var changed = false
                let words = phrase.words.map { word -> String in
                    // An infinitive in "-aan" ("toestaan") splits, but is a strong verb: its participle is listed.
                    guard word.hasSuffix("en") || (!isParticiple && word.hasSuffix("aan")),
                        let (particle, root) = separable(word)
                    else { return word }
                    changed = true
                    return form(particle, root)
                }
                if changed { add(words, like: phrase) }
            }
            // Not of a participle: "ingetrokken" gives no "in blijven getrokken".
            if let index = phrase.words.firstIndex(where: { $0.hasSuffix("en") && separable($0) != nil }),
                let (particle, root) = separable(phrase.words[index]), !root.hasPrefix("ge")
            {
                for inserted in [
                    [particle, "te", "blijven", infinitive(root)], [particle, "blijven", infinitive(root)],
                ] {
                    add(Array(phrase.words[..<index]) + inserted + phrase.words[(index + 1)...], like: phrase)
                }
            } else if let index = infinitiveAfterWords(phrase.words) {
                for inserted in [["te"], ["te", "blijven"], ["blijven"]] {
                    add(Array(phrase.words[..<index]) + inserted + phrase.words[index...], like: phrase)
                }
            }
        }
        return all
    }

    /// A separable verb's particle and its infinitive without the ending "en" or "n" ("afschaffen": "af", "schaff";
    /// "toestaan": "toe", "sta"), or nil for a word with no particle `separableParticles` knows and four letters
    /// after it.
    static func separable(_ word: String) -> (particle: String, root: String)? {
        guard
            let particle = separableParticles.first(where: {
                word.hasPrefix($0) && word.utf8.count >= $0.utf8.count + 4
            })
        else { return nil }
        return (particle, String(word.dropFirst(particle.count).dropLast(2)))
    }

    /// Where "te" goes in a phrase whose verb follows other words: before its last word in "-en" or "-aan" that is
    /// no preposition, participle or noun after a preposition, article or adjective ("aan banden leggen", "in de
    /// wind slaan"), and before a "laten" or "blijven" that verb follows ("in aanmerking laten komen voor"); nil
    /// where the verb comes first, is separable (`withSplitForms` splits it) or has its "te" already.
    static func infinitiveAfterWords(_ words: [String]) -> Int? {
        guard
            var index = words.indices.last(where: {
                $0 >= 1 && words[$0].utf8.count >= 5
                    && (words[$0].hasSuffix("en") || words[$0].hasSuffix("aan"))
                    && !nonVerbsInEn.contains(words[$0])
            })
        else { return nil }
        if index >= 2, ["laten", "blijven"].contains(words[index - 1]) { index -= 1 }
        let before = words[index - 1]
        guard before != "te", !words[index].hasPrefix("ge"), separable(words[index]) == nil,
            !articles.contains(before), !prepositions.contains(before), !isAdjective(before)
        else { return nil }
        return index
    }

    /// Words in "-en" that are no verb (`infinitiveAfterWords`, `holdsVerb`): prepositions ("strijd tegen",
    /// "wetgeving tegen"), "geen", "alleen", "even" and numbers ("een verblijfsstatus voor 1F'ers na tien jaar geen
    /// veroordeling" names what it asks for).
    static let nonVerbsInEn: Set<String> = [
        "tegen", "binnen", "buiten", "boven", "tussen", "zonder", "jegens", "geen", "alleen", "even", "tien", "zeven",
        "negen", "veertien", "zeventien", "negentien",
    ]

    /// A one-word verb hint also in the present tense of one, as a declaration has it: "spreekt uit dat Nederland
    /// uitspraken van het Internationaal Gerechtshof altijd respecteert" (from "respecteren"); a separable one as a
    /// clause after "dat" joins it ("uitvoert").
    static func withPresentForms(_ phrases: [FoldedPhrase]) -> [FoldedPhrase] {
        var all = phrases
        var known = Set(phrases.map(\.folded))
        for phrase in phrases where phrase.wholeWords && phrase.words.count == 1 {
            let word = phrase.words[0]
            // A separable verb too, joined as a clause after "dat" has it: "dat Nederland arrestatiebevelen van het
            // Internationaal Strafhof altijd uitvoert".
            guard word.hasSuffix("en"), word.utf8.count > 5 else { continue }
            let present = presentTense(String(word.dropLast(2)))
            let variant = FoldedPhrase(present, wholeWords: true)
            if known.insert(variant.folded).inserted { all.append(variant) }
        }
        return all
    }

    /// The present tense of a weak verb for "hij" from its infinitive without "en": "respecter" gives "respecteert",
    /// "verbied" "verbiedt", "bescherm" "beschermt" (the stem as `participle` makes it, then "t" unless it ends in one).
    package static func presentTense(_ root: String) -> String {
        let participle = participle("", root)
        var stem = String(participle.dropFirst(2))
        if let last = stem.last, last == "t" || last == "d", !root.hasSuffix(String(last)) { stem.removeLast() }
        return stem.hasSuffix("t") ? stem : stem + "t"
    }

    /// "af te schaffen" from "af" and "schaff"; "toe te staan" from "toe" and "sta" (an infinitive in "-aan" ends in
    /// "-n", not "-en": "toestaan", "doorgaan").
    static func splitForm(_ particle: String, _ root: String) -> String { "\(particle) te \(infinitive(root))" }

    /// An infinitive from its root: "schaff" gives "schaffen", "sta" "staan".
    static func infinitive(_ root: String) -> String { root + (root.hasSuffix("a") ? "an" : "en") }

    /// The past participle of a weak separable verb from its particle and its infinitive without "en":
    /// "terug" and "stur" give "teruggestuurd", "aan" and "scherp" give "aangescherpt", "uit" and "faser" give
    /// "uitgefaseerd". The stem drops a doubled consonant ("schaff": "schaf") and doubles a single vowel in an open
    /// syllable ("stur": "stuur"); the ending is "t" after a consonant of 't kofschip, "d" after others, none after
    /// "t" or "d".
    package static func participle(_ particle: String, _ root: String) -> String {
        var stem = Array(root)
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        if stem.count >= 2, stem[stem.count - 1] == stem[stem.count - 2], !vowels.contains(stem[stem.count - 1]) {
            stem.removeLast()
        } else if stem.count >= 3, !vowels.contains(stem[stem.count - 1]), vowels.contains(stem[stem.count - 2]),
            !vowels.contains(stem[stem.count - 3]), stem[stem.count - 2] != "i"
        {
            stem.insert(stem[stem.count - 2], at: stem.count - 1)
        }
        if stem.last == "v" { stem[stem.count - 1] = "f" }
        if stem.last == "z" { stem[stem.count - 1] = "s" }
        let last = stem.last ?? "d"
        let ending = last == "t" || last == "d" ? "" : "tkfschp".contains(last) ? "t" : "d"
        return particle + "ge" + String(stem) + ending
    }
}
