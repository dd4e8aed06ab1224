package org.peristiwa.event.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peristiwa.Extractor;
import org.peristiwa.pipeline.Pipeline;
import org.peristiwa.record.EventRecord;

/**
 * The codebook's distinctions as the rules draw them, on reports we write (no model, no relevance gate: the rules
 * alone). Each case names the cue that decides it.
 */
class SubTypeRulesTest {

    private static final Extractor RULES = new Extractor(Pipeline.standard(null, null, false));

    private static String subType(String text) {
        List<EventRecord> e = RULES.extract(text, "t", LocalDate.of(2019, 3, 12)).events().stream().filter(EventRecord::isAcledEvent).toList();
        assertTrue(!e.isEmpty(), "no event in: " + text);
        return e.get(0).subEventType;
    }

    @Test
    void aWeaponNamedOutrightTypesTheAttackOverGenericViolence() {
        assertEquals("Suicide bomb", subType("Two attackers detonated explosive vests and traded gunfire with guards outside a hotel "
                + "in Mogadishu on Friday in an assault that killed nine people."));
        assertEquals("Chemical weapon", subType("Government helicopters dropped barrel bombs filled with chlorine gas on the "
                + "village of Kafr Zita on Monday, activists said."));
        assertEquals("Remote explosive/landmine/IED", subType("Sebuah ledakan bom mengguncang markas polisi di Kota Batam, "
                + "Senin (11/3/2019), dalam serangan yang melukai dua petugas."));
    }

    @Test
    void armsThatWereSeizedAreObjectsNotActs() {
        assertEquals("Disrupted weapons use", subType("Police seized grenades, rifles and ammunition from a house in Lahore on Sunday."));
        assertEquals("Arrests", subType("Police arrested three militants and seized two grenades during a raid in Poso on Sunday."),
                "an arrest in which arms were seized is the arrest");
        assertEquals("Disrupted weapons use", subType("Two rifles and a box of grenades were discovered in a cave near Poso on Sunday."));
        assertEquals("Disrupted weapons use", subType("Soldiers stood by a stash of projectiles left by the militants in a"
                + " school in Tal Afar on Sunday."));
        assertEquals("Air/drone strike", subType("Iraqi jets destroyed ammunition depots used by Islamic State militants near"
                + " Rawa on Sunday, the army said."), "aircraft that destroy arms are the strike's means");
    }

    @Test
    void whoTookTheTerritoryDecidesItsSubType() {
        assertEquals("Non-state actor overtakes territory", subType("Al-Shabaab fighters recaptured the town of Bulo Burde from "
                + "government troops on Sunday after heavy fighting."));
        assertEquals("Government regains territory", subType("The Iraqi army recaptured the town of Rawa from Islamic State "
                + "militants on Sunday after heavy fighting."));
        assertEquals("Non-violent transfer of territory", subType("Rebel fighters entered and took control of the town of Kafr "
                + "Nabuda on Sunday after government forces pulled out."));
    }

    @Test
    void protestsByWhatTheProtestersAndThePoliceDid() {
        assertEquals("Peaceful protest", subType("Hundreds of teachers rallied outside the education ministry in Nairobi on "
                + "Monday to demand higher pay."));
        assertEquals("Protest with intervention", subType("Police fired tear gas to disperse hundreds of students protesting "
                + "outside parliament in Kampala on Monday."));
        assertEquals("Excessive force against protesters", subType("Security forces opened fire on protesters in Khartoum on "
                + "Monday, killing four demonstrators, doctors said."));
        assertEquals("Violent demonstration", subType("Protests over bread prices spread from Sfax to two other cities on "
                + "Tuesday, with a bank and two police cars set ablaze."));
        assertEquals("Violent demonstration", subType("Protesters hurled stones at police and set tyres ablaze outside the "
                + "governor's office in Port Harcourt on Monday."));
    }

    @Test
    void anAttackOnThePoliceIsABattleUnlessTheyWereOffDuty() {
        assertEquals("Armed clash", subType("Dua anggota Brimob yang menjadi korban penusukan di sebuah masjid di Medan, Sumatera"
                + " Utara, Senin (11/3/2019) malam, kini dirawat di rumah sakit."), "the victims are police: no violence against civilians");
        assertEquals("Attack", subType("Dua warga yang menjadi korban penusukan di sebuah pasar di Medan, Sumatera Utara, Senin"
                + " (11/3/2019) malam, kini dirawat di rumah sakit."));
        assertEquals("Attack", subType("Gunmen on a motorbike stabbed an off-duty police officer outside his home in Cebu on"
                + " Monday, police said."), "an officer off duty counts among civilians");
    }

    @Test
    void aVerbThatNamesACrowdsActMakesARiot() {
        assertEquals("Mob violence", subType("Dua anggota polisi yang menjadi korban penganiayaan di Kota Jayapura, Papua, Senin"
                + " (11/3/2019), masih dirawat. Keduanya dianiaya saat menenangkan warga di kawasan Abepura. Tiba-tiba ada yang"
                + " mengeroyok mereka hingga keduanya dibawa ke rumah sakit."), "the beating is named a crowd's in a later sentence");
    }

    @Test
    void fireThatSupportsAGroundAssaultIsTheBattle() {
        assertEquals("Armed clash", subType("Pasukan pemerintah melancarkan serangan udara dan darat ke desa-desa di timur Hama,"
                + " Suriah, Selasa (15/6/2021), yang dikuasai kelompok pemberontak."));
        assertEquals("Armed clash", subType("Warplanes pounded rebel positions near Hama on Tuesday as government ground forces"
                + " pushed into the villages."));
        assertEquals("Air/drone strike", subType("Warplanes pounded rebel positions near Hama on Tuesday, the monitor said."),
                "an air strike alone stays one");
    }

    @Test
    void peopleHandedOverAreNoTerritory() {
        assertEquals("Agreement", subType("Two foreign professors held by the insurgents were handed over to government forces in Zabul on"
                + " Tuesday in a prisoner swap for three insurgent commanders."));
        assertEquals("Non-violent transfer of territory", subType("The militia handed over the town of Kafr Nabl and its"
                + " checkpoints to the army on Tuesday without a fight."));
    }

    @Test
    void aCountOfVictimsIsNoCrowd() {
        assertEquals("Attack", subType("Thirty people were killed on Sunday in the market town of Kajuru, Kaduna State,"
                + " when unidentified assailants opened fire on shoppers."));
        assertEquals("Attack", subType("Local officials in Kaduna State on Monday raised the toll from the weekend's"
                + " violence in Kajuru, saying at least 25 people had died. Scores were injured and dozens are missing."));
        assertEquals("Mob violence", subType("Hundreds of villagers attacked and burned the house of a suspected witch in"
                + " Mzimba, Malawi, on Sunday."));
    }

    @Test
    void violenceAgainstArmedMenIsAClashAgainstCiviliansAnAttack() {
        assertEquals("Armed clash", subType("Gunmen opened fire on a police patrol near Jalalabad on Monday, wounding three "
                + "policemen, officials said."));
        assertEquals("Attack", subType("Gunmen opened fire on villagers returning from a market near Jalalabad on Monday, "
                + "wounding three farmers, officials said."));
    }

    @Test
    void anActNamedByItsYearIsBackground() {
        List<EventRecord> e = RULES.extract("Syrian troops captured two villages near Khan Sheikhoun on Monday, the town where "
                + "the 2017 chemical attack killed dozens.", "t", LocalDate.of(2019, 3, 12)).events();
        assertEquals("Government regains territory", e.get(0).subEventType);
        assertTrue(e.stream().noneMatch(r -> r.isAcledEvent() && r.subEventType.equals("Chemical weapon")), e.toString());
    }

    @Test
    void aCrowdThatAttacksInTheLedeRiotsEvenWhenALaterSentenceHeadsTheStory() {
        String text = "Ratusan orang dari dua ormas menyerang rumah seorang tokoh agama di Kelurahan Sukamaju, Kota Bekasi, "
                + "Minggu (10/3/2019) malam. Kaca jendela rumah itu pecah dan pagarnya roboh. Polisi datang sekitar pukul 23.00 WIB. "
                + "Warga setempat mengatakan kericuhan tersebut berlangsung hampir satu jam sebelum massa membubarkan diri.";
        assertEquals("Mob violence", subType(text));
        // the same act by hundreds of police is no riot
        String police = text.replace("Ratusan orang dari dua ormas", "Ratusan polisi dari Polres Bekasi");
        assertTrue(!subType(police).equals("Mob violence"), subType(police));
    }
}
