package org.peristiwa.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peristiwa.Extractor;
import org.peristiwa.pipeline.Pipeline;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Report;

/**
 * Codebook decisions on short reports we write: fatality counts, actor roles, modality. The rules alone decide
 * (no trained model), so that these tests pin the rules themselves.
 */
class EventCodingTest {

    private static final Extractor RULES = new Extractor(Pipeline.standard(null, null, false));

    private static EventRecord main(String text) {
        Report r = RULES.extract(text, "t", LocalDate.of(2021, 6, 15));
        List<EventRecord> acled = r.events().stream().filter(EventRecord::isAcledEvent).toList();
        assertTrue(!acled.isEmpty(), "no event in: " + text);
        return acled.get(0);
    }

    @Test
    void fatalitiesAddUpAcrossVictimsButNotAcrossRestatements() {
        assertEquals(5, main("On 3 June 2021, gunmen attacked a checkpoint in Kunduz, Afghanistan, killing 3 soldiers and 2 civilians.").fatalities);
        assertEquals(2, main("On 3 June 2021, 2 Taliban militants were killed and 4 were wounded when troops repelled an attack in "
                + "Kunduz, Afghanistan.").fatalities);
        assertEquals(12, main("On 3 June 2021, insurgents stormed a base in Borno, Nigeria, killing 12 soldiers. Residents said they "
                + "counted 12 bodies of soldiers.").fatalities);
        assertEquals(0, main("On 3 June 2021, fighters clashed near Idlib, Syria. 14 fatalities. Fatalities coded as 0 (the group "
                + "reported 14).").fatalities);
    }

    @Test
    void killingVerbsBeforeTheirVictimsAndRanges() {
        assertEquals(1, main("On 3 June 2021, unidentified gunmen assassinated a local council member in Raqqa city, Syria.").fatalities);
        assertEquals(2, main("On 3 June 2021, gunmen opened fire on an army truck near Baghuz, Syria, killing between 2 to 4 soldiers.").fatalities,
                "ACLED's conservative figure: the low end of a range");
        assertEquals(3, main("On 3 June 2021, 3 prisoners were executed by militants near Tal Afar, Iraq.").fatalities);
        // "a" counts one as the subject of a passive death, whatever the noun; "the body of a"; "shot dead a"
        assertEquals(1, main("On 3 June 2021, in Manaus, Brazil, a drug trafficker was killed after exchanging fire with military police.").fatalities);
        assertEquals(1, main("On 3 June 2021, the body of a farmer with gunshot wounds was found near Dara'a, Syria. He had been abducted.").fatalities);
        assertEquals(1, main("On 3 June 2021, unidentified gunmen shot dead a shopkeeper in Deir-ez-Zor, Syria.").fatalities);
        assertEquals(0, main("On 3 June 2021, a convoy was attacked near Kunduz, Afghanistan; no one was killed.").fatalities);
        assertEquals(1, main("On 3 June 2021, a car bomb exploded near a mosque in Al Bab, Syria, killing the driver.").fatalities);
    }

    @Test
    void aCodedFigureSharedBetweenEventsGivesThisEventsShare() {
        assertEquals(5, main("On 3 June 2021, pro-Houthi forces shelled pro-Hadi positions in Marib, Yemen. Unknown fatalities coded "
                + "as 10 and spread across two locations.").fatalities);
        assertEquals(4, main("On 3 June 2021, pro-Houthi forces shelled pro-Hadi positions in Marib, Yemen. Unclear fatalities coded "
                + "as 10 and split between 3 locations.").fatalities, "10 over 3: this event takes the remainder");
        assertEquals(2, main("On 3 June 2021, pro-Houthi forces shelled pro-Hadi positions in Marib, Yemen. Unknown fatalities coded "
                + "as 10 and spread across three locations in two days.").fatalities);
    }

    @Test
    void lowestCredibleFigureAndClaimsOfThePerpetrator() {
        EventRecord e = main("On 3 June 2021, militants attacked an army post in Borno, Nigeria. At least 7 soldiers were killed, "
                + "security sources said. The group's Amaq news agency said 40 soldiers were killed.");
        assertEquals(7, e.fatalities);
        assertTrue(e.claims.stream().anyMatch(c -> c.value() == 40 && "perpetrator_affiliated".equals(c.sourceKind())), e.claims.toString());
    }

    @Test
    void indonesianCountsInWords() {
        EventRecord e = main("JAYAPURA - Sedikitnya tiga warga tewas dan dua lainnya luka-luka ditembak kelompok bersenjata di "
                + "Distrik Sugapa, Intan Jaya, Papua, Senin (14/6/2021).");
        assertEquals(3, e.fatalities);
        assertEquals("2021-06-14", e.eventDate);
        assertEquals("Civilians (Indonesia)", e.actor2);
    }

    @Test
    void whoActedAndWhoWasActedUpon() {
        EventRecord passive = main("On 3 June 2021, a convoy of Afghan soldiers was attacked by Taliban militants in Kunduz province, Afghanistan.");
        assertEquals("Taliban", passive.actor1);
        assertEquals(2, passive.inter1);
        EventRecord clash = main("On 3 June 2021, the Myanmar military and AA clashed in Paletwa, Chin State, Myanmar.");
        assertEquals(1, clash.inter1);
        assertEquals(2, clash.inter2);
        EventRecord found = main("On 3 June 2021, a man was found dead with gunshot wounds in Celaya, Guanajuato, Mexico.");
        assertEquals("Civilians (Mexico)", found.actor2, "the dead man is the victim, not the attacker");
        assertEquals(3, found.inter1);
        // a single armed target makes it a clash, as ACLED codes attacks on police and soldiers
        EventRecord police = main("On 4 June 2021, unknown gunmen shot and killed a policewoman at a square in Kandahar city, Afghanistan.");
        assertEquals("Armed clash", police.subEventType);
        EventRecord civilian = main("On 4 June 2021, unknown gunmen shot and killed a shopkeeper at a square in Kandahar city, Afghanistan.");
        assertEquals("Attack", civilian.subEventType);
    }

    @Test
    void protestsAndTheirIntervention() {
        assertEquals("Peaceful protest", main("On 3 June 2021, workers protested outside the ministry in Beirut, Lebanon, "
                + "against the arrest of a union leader. [size=no report]").subEventType);
        assertEquals("Protest with intervention", main("On 3 June 2021, students protested in Dhaka, Bangladesh; police fired tear gas "
                + "to disperse them. [size=no report]").subEventType);
        assertEquals("Violent demonstration", main("On 3 June 2021, demonstrators burned tyres and pelted stones at police in Tunis, "
                + "Tunisia. [size=no report]").subEventType);
        assertEquals("Violent demonstration", main("On 3 June 2021, in San Antonio, Chile, residents demonstrated against the arrival of "
                + "a family from abroad. The group set barricades on fire and smashed a car window. [size=no report]").subEventType);
    }

    @Test
    void remainsFoundAndCombatantsCaptured() {
        Report head = RULES.extract("On 28 April, in Ciudad Juarez, Chihuahua, a human head was found in a cooler. 1 fatality.", "t");
        assertEquals(1, head.events().size(), head.dismissed().toString());
        assertEquals("Attack", head.events().get(0).subEventType);
        Report captured = RULES.extract("On 8 May, regime forces captured three rebels on the southern Idlib front.", "t");
        assertEquals(1, captured.events().size(), captured.dismissed().toString());
        assertEquals("Armed clash", captured.events().get(0).subEventType, "the captured were armed");
    }

    @Test
    void theMonthMayIsNotTheModalVerb() {
        // no year and no publication date: the date cannot be read, but "4 May" is still no "may" of possibility
        Report r = RULES.extract("On 4 May, residents held a protest in Khelvachauri against a new road.", "t");
        assertEquals(1, r.events().size(), r.dismissed().toString());
        assertEquals(Modality.ASSERTED, r.events().get(0).modality);
        Report modal = RULES.extract("Residents may hold a protest in Khelvachauri against a new road.", "t");
        assertTrue(modal.events().stream().noneMatch(e -> e.modality == Modality.ASSERTED));
    }

    @Test
    void threatsPlansStandingStatesAndBackground() {
        Report r = RULES.extract("""
                Selasa, 15 Juni 2021 10:00 WIB
                Kelompok Bersenjata Ancam Serang Pos Polisi
                POSO, KOMPAS.com - Kelompok bersenjata mengancam akan menyerang pos polisi di Poso jika operasi tidak dihentikan.
                Kelompok itu masih menguasai wilayah pegunungan di sekitar Poso.
                Pada bulan Maret 2019, kelompok yang sama menembak mati dua petani di Poso.
                """, "t");
        assertTrue(r.events().stream().anyMatch(e -> e.modality == Modality.THREATENED), r.events().toString());
        assertTrue(r.events().stream().anyMatch(e -> e.modality == Modality.BACKGROUND && e.eventDate.equals("2019-03-01")));
        assertTrue(r.dismissed().stream().anyMatch(d -> d.modality() == Modality.STANDING), "'masih menguasai' is a standing state");
        assertTrue(r.events().stream().noneMatch(EventRecord::isAcledEvent), "nothing here is news of an act");
    }

    @Test
    void gunfireHeardWithoutEndIsAStateNotAnAct() {
        for (String text : List.of(
                "Di wilayah selatan, yang seharusnya tenang, suara tembakan terus-menerus terdengar di kota Deraa, Suriah.",
                "In the south, gunfire rang out incessantly in the city of Daraa, Syria, residents said.")) {
            Report r = RULES.extract(text, "t", LocalDate.of(2021, 6, 15));
            assertTrue(r.events().stream().noneMatch(EventRecord::isAcledEvent), "no act is told: " + r.events());
            assertTrue(r.dismissed().stream().anyMatch(d -> d.modality() == Modality.STANDING), r.dismissed().toString());
        }
        EventRecord act = main("Suara tembakan terdengar di kota Deraa, Suriah, Selasa (15/6/2021), saat pasukan pemerintah"
                + " bentrok dengan pemberontak.");
        assertEquals("Battles", act.eventType, "gunfire heard in a clash is the clash");
    }

    @Test
    void anActRecalledEarlierStaysRecalledWhenNamedAgainByItsDay() {
        Report r = RULES.extract("""
                Bom Meletus di Pasar Kabul, Lima Orang Tewas
                Jakarta, CNN Indonesia -- Lima orang tewas saat bom meletus di sebuah pasar di Kabul, Afghanistan, Sabtu (3/6/2017).
                Sebelumnya, serangan bunuh diri pada Rabu (31/5) menewaskan 90 orang di zona diplomatik Kabul.
                PBB menyatakan keprihatinan atas serangan Rabu itu dan meminta semua pihak menahan diri.
                """, "t", LocalDate.of(2017, 6, 3));
        List<EventRecord> acled = r.events().stream().filter(EventRecord::isAcledEvent).toList();
        assertEquals(1, acled.size(), "only the market bomb is news: " + acled.stream().map(e -> e.subEventType + " " + e.eventDate).toList());
        assertEquals("2017-06-03", acled.get(0).eventDate);
        assertTrue(r.events().stream().anyMatch(e -> e.modality == Modality.BACKGROUND && "Suicide bomb".equals(e.subEventType)
                && "2017-05-31".equals(e.eventDate)), "'serangan bunuh diri' is a suicide bombing, recalled");
    }

    @Test
    void aMineIsAnExplosionOnlyBesideItsBlastOrItsVictims() {
        EventRecord blast = main("Dua petani tewas setelah menginjak ranjau darat di dekat perbatasan di Provinsi Surin, Thailand,"
                + " Selasa (15/6/2021).");
        assertEquals("Remote explosive/landmine/IED", blast.subEventType);
        Report cleared = RULES.extract("Relawan membersihkan ranjau darat sisa perang di Provinsi Surin, Thailand, Selasa (15/6/2021)."
                + " Ranjau itu dipasang puluhan tahun silam.", "t", LocalDate.of(2021, 6, 15));
        assertTrue(cleared.events().stream().noneMatch(e -> "Remote explosive/landmine/IED".equals(e.subEventType)
                && e.isAcledEvent()), "mines cleared are objects: " + cleared.events().stream().map(e -> e.subEventType).toList());
    }

    @Test
    void whatAGroupHasDoneManyTimesIsBackgroundNotNews() {
        for (String text : List.of(
                "Netanyahu menolak dokumen itu, Selasa (15/6/2021). Sudah ratusan kali Hamas menyerang Israel dengan roket.",
                "Netanyahu rejected the document on Tuesday. Hamas has repeatedly attacked Israel with rockets, he said.")) {
            Report r = RULES.extract(text, "t", LocalDate.of(2021, 6, 15));
            assertTrue(r.events().stream().noneMatch(EventRecord::isAcledEvent), "a habit is no act: " + r.events().stream()
                    .map(e -> e.subEventType + " " + e.modality).toList());
        }
        EventRecord once = main("Hamas menyerang Israel dengan roket dari Gaza, Selasa (15/6/2021).");
        assertEquals("Explosions/Remote violence", once.eventType);
    }

    @Test
    void aWarningAPurposeAndAConditionReportNoAttack() {
        for (String text : List.of(
                "Media pemerintah Pyongyang memperingatkan serangan pertama telah siap diarahkan ke pasukan Korea Selatan, Senin (22/8/2016).",
                "Seoul menegaskan latihan gabungan itu tidak bertujuan menyerang Pyongyang, Senin (22/8/2016).",
                "Militer Korut menyatakan akan menjadikan Seoul tumpukan debu melalui serangan besar jika latihan itu berlanjut, Senin (22/8/2016).")) {
            Report r = RULES.extract(text, "t", LocalDate.of(2016, 8, 22));
            assertTrue(r.events().stream().noneMatch(e -> e.isAcledEvent() && "Attack".equals(e.subEventType)),
                    text + " -> " + r.events().stream().map(e -> e.subEventType + " " + e.modality).toList());
        }
    }

    @Test
    void whoHoldsAnAreaAndATruceInForceSinceAreNoActs() {
        for (String text : List.of(
                "Pasukan pemerintah menggempur kota Raqqa, Suriah, Selasa (15/6/2021). Sebelumnya wilayah yang dikuasai ISIS"
                        + " itu dijaga ketat.",
                "Gencatan senjata antara pemerintah dan kelompok pemberontak sebenarnya sudah berlangsung sejak tahun 2019, kata"
                        + " seorang pejabat di Marawi, Selasa (15/6/2021).",
                "A ceasefire between the army and the rebels has been in place since 2019, an official in Marawi said on Tuesday.")) {
            Report r = RULES.extract(text, "t", LocalDate.of(2021, 6, 15));
            assertTrue(r.events().stream().filter(EventRecord::isAcledEvent).noneMatch(e -> e.eventType.equals("Strategic developments")
                    || e.subEventType.contains("territory")), text + " -> " + r.events());
        }
        assertEquals("Non-state actor overtakes territory", main("Kelompok ISIS menguasai wilayah kota Marawi, Filipina, setelah"
                + " pertempuran sengit pada Selasa (15/6/2021).").subEventType, "a taking with no relative pronoun before it stays");
    }

    @Test
    void arrestsInTwoTownsOfOneProvinceAreTwoEvents() {
        String text = "Densus 88 Tangkap Dua Terduga Teroris di Jawa Tengah\n\n"
                + "SEMARANG - Detasemen Khusus 88 Antiteror menangkap dua terduga teroris di Jawa Tengah, Selasa (14/3/2017)."
                + " Keduanya diduga anggota jaringan Jamaah Ansharut Daulah. Kepala Bidang Humas Polda Jawa Tengah membenarkan"
                + " kabar itu. Terduga pertama, berinisial AS, ditangkap di Jalan Pemuda, Kudus, pada pukul 06.30 WIB."
                + " Terduga kedua, berinisial MR, yang tinggal di Semarang, ditangkap di sebuah warung di Klaten sekitar pukul"
                + " 10.00 WIB. Polisi menyita sejumlah buku dan dokumen dari keduanya.";
        Report r = RULES.extract(text, "t", LocalDate.of(2017, 3, 14));
        List<String> places = r.events().stream().filter(e -> e.modality == Modality.ASSERTED && "Arrests".equals(e.subEventType))
                .map(e -> e.location).sorted().toList();
        assertEquals(List.of("Klaten", "Kudus"), places, r.events().toString());
    }

    @Test
    void aHeadlineInThePresentTenseReportsTheKilling() {
        EventRecord e = main("Gunmen kill 12 villagers in Zamfara, police say.");
        assertNotNull(e);
        assertEquals(Integer.valueOf(12), e.fatalities, e.evidence.toString());
    }

    @Test
    void anActTheStoryGoesBackToIsAnotherEvent() {
        String text = "Sorong (ANTARA News) - Seorang anggota TNI terluka saat kontak tembak dengan kelompok bersenjata di"
                + " Kampung Aifat, Kabupaten Maybrat, Papua Barat, Minggu malam (12/3/2017). Kontak tembak terjadi saat aparat"
                + " mengejar kelompok tersebut. Korban kini dirawat di rumah sakit. Aparat masih berjaga di sekitar lokasi."
                + " Sebelumnya, sebuah truk milik kontraktor jalan ditembak orang tak dikenal saat melintas di Aifat pada"
                + " Minggu pagi. Sopir truk selamat.";
        Report r = RULES.extract(text, "t", LocalDate.of(2017, 3, 12));
        List<EventRecord> acts = r.events().stream().filter(e -> e.modality == Modality.ASSERTED && e.isAcledEvent()).toList();
        assertEquals(2, acts.size(), r.events().toString());
        assertEquals("Armed clash", acts.get(0).subEventType, "the lede's firefight stays the main event");
    }

    @Test
    void aClashTheStoryPointsBackAtIsTheSameEvent() {
        // the later sentence dates what led up to the clash, not the clash: "tersebut" ties it to the lede's act
        String text = "Palu (ANTARA) - Dua warga tewas dalam bentrokan antara warga dua desa di Kecamatan Sigi Biromaru,"
                + " Sulawesi Tengah, Sabtu (19/6/2021). Polisi masih berjaga di perbatasan kedua desa. Bentrokan tersebut"
                + " bermula dari perkelahian antarpemuda dalam sebuah pesta pada Kamis malam (17/6/2021).";
        Report r = RULES.extract(text, "t", LocalDate.of(2021, 6, 20));
        List<EventRecord> acts = r.events().stream().filter(e -> e.modality == Modality.ASSERTED && e.isAcledEvent()).toList();
        assertEquals(1, acts.size(), r.events().toString());
        String english = "Two villagers were killed in clashes between rival clans in Marsabit, Kenya, on Saturday. Police said"
                + " this clash began after cattle were stolen on Thursday night, 17 June.";
        Report e = RULES.extract(english, "t", LocalDate.of(2021, 6, 20));
        assertEquals(1, e.events().stream().filter(x -> x.modality == Modality.ASSERTED && x.isAcledEvent()).count(), e.events().toString());
    }

    @Test
    void aCrowdDispersedThatFightsBackRiotsEvenWhenTroopsFire() {
        EventRecord id = main("Bunia (ANTARA) - Tentara menembak mati empat warga dalam bentrokan di pusat kota Bunia, Kongo,"
                + " Jumat (11/6/2021). Aparat berusaha membubarkan massa yang menuntut pembebasan seorang tokoh adat dengan"
                + " tembakan peringatan, tetapi massa membalas dengan melempari batu.");
        assertEquals("Riots", id.eventType, id.evidence.toString());
        assertEquals("Violent demonstration", id.subEventType);
        assertEquals(Integer.valueOf(4), id.fatalities, "\"menembak mati empat warga\": the victims follow the verb");
        EventRecord en = main("Soldiers shot dead four villagers during clashes in Bunia, Congo, on Friday. Troops tried to disperse"
                + " the crowd with warning shots, but the villagers hurled stones at them.");
        assertEquals("Riots", en.eventType, en.evidence.toString());
        assertEquals("Mob violence", en.subEventType, "no demand, no protest: a mob");
        EventRecord battle = main("Soldiers clashed with militiamen in Bunia, Congo, on Friday, killing four. Troops also dispersed a"
                + " crowd that hurled stones at them.");
        assertEquals("Battles", battle.eventType, "an armed group fought: the battle stays");
    }

    @Test
    void fireAnsweredByFireIsABattleNotAOneSidedStrike() {
        EventRecord answered = main("Rebel fighters shelled army positions near Kadugli, South Kordofan, on Monday. The troops"
                + " responded to the fire, killing three of the attackers.");
        assertEquals("Armed clash", answered.subEventType, answered.evidence.toString());
        EventRecord id = main("Kelompok bersenjata menembakkan mortir ke pos TNI di Kiwirok, Papua, Senin (4/10/2021), dan"
                + " terjadi baku tembak selama dua jam.");
        assertEquals("Armed clash", id.subEventType, id.evidence.toString());
        EventRecord grenade = main("Militants threw a hand grenade at a police checkpoint in Mogadishu on Tuesday. Police"
                + " returned fire and the attackers fled.");
        assertEquals("Armed clash", grenade.subEventType, grenade.evidence.toString());
        EventRecord oneSided = main("Rebel fighters shelled army positions near Kadugli, South Kordofan, on Monday, killing three"
                + " soldiers.");
        assertEquals("Shelling/artillery/missile attack", oneSided.subEventType, "no answer told: the shelling stays");
    }

    @Test
    void aRiotWithNoDemonstrationIsMobViolence() {
        EventRecord mob = main("Rioters set a bank on fire in Jericho on Saturday after its accounts were frozen.");
        assertEquals("Mob violence", mob.subEventType, mob.evidence.toString());
        EventRecord demo = main("Rioters set a bank on fire in Jericho on Saturday during a demonstration demanding the release"
                + " of prisoners.");
        assertEquals("Violent demonstration", demo.subEventType, "a demonstration that turned violent");
    }

    @Test
    void aLockdownIsTheBackdropOfTheAssaultNotTheEvent() {
        EventRecord e = main("Villagers assaulted a ration dealer in Ketugram, West Bengal, on Saturday for handing out too"
                + " little food during the coronavirus lockdown.");
        assertEquals("Violence against civilians", e.eventType, e.evidence.toString());
        EventRecord cause = main("The SDF sent more fighters and armoured vehicles to the al-Omar oilfield on Sunday, a move that"
                + " came after several of its members defected after gunmen attacked its bases.");
        assertEquals("Strategic developments", cause.eventType, "the attack is what the deployment followed, not the news");
        EventRecord drill = main("Troops in Crimea were reinforced on Monday for military drills, ready to counter an"
                + " airstrike by a mock enemy, the defence minister said.");
        assertEquals("Strategic developments", drill.eventType, "an airstrike troops stand ready for is none");
    }

    @Test
    void anArrestWithNoStateForceNamedIsMadeByThePolice() {
        EventRecord e = main("Tiga orang terduga anggota jaringan Jamaah Ansharut Daulah ditangkap di Bekasi, Jawa Barat, pada"
                + " Senin (14/6/2021) pagi. Ketiganya kini diperiksa penyidik.");
        assertEquals("Arrests", e.subEventType);
        assertTrue(e.actor1 != null && e.actor1.startsWith("Police Forces of Indonesia"), e.actor1);
        assertEquals(Integer.valueOf(1), e.inter1);
        assertTrue(e.actor2 != null && e.actor2.contains("Jamaah Ansharut Daulah"), String.valueOf(e.actor2));
    }

    @Test
    void aMissileTestOrProgrammeIsNoAttack() {
        for (String text : List.of(
                "Korea Utara kembali melakukan uji coba rudal balistik di lepas pantai timur, Selasa (15/6/2021).",
                "North Korea test-fired two missiles into the sea off its east coast on Tuesday, Seoul said.")) {
            Report r = RULES.extract(text, "t", LocalDate.of(2021, 6, 15));
            assertTrue(r.events().stream().filter(EventRecord::isAcledEvent)
                    .noneMatch(e -> e.subEventType.equals("Shelling/artillery/missile attack")), text + " -> " + r.events());
        }
        assertEquals("Shelling/artillery/missile attack", main("Militan menembakkan rudal ke pangkalan militer di Erbil, Irak,"
                + " Selasa (15/6/2021).").subEventType, "a missile fired at a base stays an attack");
    }

    @Test
    void theDayOfAStatementDoesNotDateTheActItReports() {
        for (String text : List.of(
                "Tentara menembak mati lima warga di Beni, Kongo, Jumat (15/9/2017). Pemimpin misi PBB mengatakan dalam sebuah"
                        + " pernyataan pada Sabtu bahwa sedikitnya lima warga telah dibunuh.",
                "Soldiers shot dead five villagers in Beni, Congo, on Friday 15 September 2017. The head of the UN mission said in a"
                        + " statement on Saturday that at least five villagers had been killed.")) {
            Report r = RULES.extract(text, "t", LocalDate.of(2017, 9, 18));
            List<EventRecord> acled = r.events().stream().filter(EventRecord::isAcledEvent).toList();
            assertEquals(1, acled.size(), text + " -> " + r.events());
            assertEquals("2017-09-15", acled.get(0).eventDate);
        }
    }

    @Test
    void anActThatSameYearIsBackground() {
        Report r = RULES.extract("Sebuah bom meledak di pasar Kota Kabul, Afghanistan, Selasa (15/6/2021), menewaskan lima orang."
                + " Pada tahun yang sama, serangan terjadi di Kota Herat.", "t", LocalDate.of(2021, 6, 15));
        List<EventRecord> acled = r.events().stream().filter(EventRecord::isAcledEvent).toList();
        assertEquals(1, acled.size(), acled.toString());
        assertTrue(r.events().stream().anyMatch(e -> e.modality == Modality.BACKGROUND), r.events().toString());
    }

    @Test
    void anAircraftThatCrashesIsNoAirStrike() {
        Report crash = RULES.extract("A military helicopter crashed during a training flight near Kandahar, Afghanistan, on Monday,"
                + " killing four soldiers, the army said.", "t");
        assertTrue(crash.events().stream().noneMatch(e -> "Air/drone strike".equals(e.subEventType)), crash.events().toString());
        assertEquals("Air/drone strike", main("Army helicopters fired rockets at militant positions near Kandahar, Afghanistan,"
                + " on Monday, killing four fighters.").subEventType);
    }

    @Test
    void anAccusationTheAccusedRejectsIsNoEvent() {
        Report r = RULES.extract("The army on Tuesday rejected accusations of shelling a school in Idlib province that killed"
                + " eleven children.", "t");
        assertTrue(r.events().stream().noneMatch(e -> e.isAcledEvent() && "Explosions/Remote violence".equals(e.eventType)), r.events().toString());
    }

    @Test
    void aTallyOfActsOverMonthsIsContextNotNews() {
        Report r = RULES.extract("The border town of Kilis has been hit by rockets fired from Syria more than 40 times this"
                + " year, officials said on Sunday.", "t");
        assertTrue(r.events().stream().noneMatch(EventRecord::isAcledEvent), r.events().toString());
        Report id = RULES.extract("Desa itu diserang kelompok bersenjata berulang kali dalam beberapa bulan terakhir, kata"
                + " warga, Senin (14/6/2021).", "t");
        assertTrue(id.events().stream().noneMatch(EventRecord::isAcledEvent), id.events().toString());
    }

    @Test
    void anActACourtSpeaksOfIsBackground() {
        Report court = RULES.extract("""
                A former militia commander pleaded guilty on Monday to murdering three villagers in Kasese in 2016,
                the court in Kampala heard.
                """, "t");
        assertTrue(court.events().stream().noneMatch(EventRecord::isAcledEvent), court.events().toString());
        Report sidang = RULES.extract("""
                Terdakwa kasus penyerangan pos polisi di Poso divonis 12 tahun penjara oleh Pengadilan Negeri Palu, Senin (14/6/2021).
                """, "t");
        assertTrue(sidang.events().stream().noneMatch(EventRecord::isAcledEvent), sidang.events().toString());
        // the act itself, told as news, is still an event
        assertTrue(main("Militiamen killed three villagers in Kasese, Uganda, on Monday, police said.") != null);
        // a plea covers every count of its sentence, however far down the list
        Report plea = RULES.extract("A Texas man pleaded guilty on Friday to threatening a county judge, making false statements"
                + " to investigators and being a felon in possession of firearms.", "t");
        assertTrue(plea.events().stream().noneMatch(EventRecord::isAcledEvent), plea.events().toString());
        // the word that makes it a legal matter can follow the act
        Report allegation = RULES.extract("Prosecutors in Oslo closed a 2012 rape allegation against the former minister on Tuesday.", "t");
        assertTrue(allegation.events().stream().noneMatch(EventRecord::isAcledEvent), allegation.events().toString());
    }

    @Test
    void aLocalGovernmentAreaIsAPlaceNotTheGovernment() {
        EventRecord e = main("Gunmen killed five people in raids on Kajuru and Kauru local government areas of Kaduna State on Monday.");
        assertEquals("Attack", e.subEventType);
        assertTrue(e.actor2 == null || !e.actor2.startsWith("Government"), e.actor2);
        // who confirms the toll tells of the attack and took no part in it
        EventRecord confirmed = main("Six people were confirmed dead by the police after gunmen attacked Agatu village in"
                + " Benue State on Sunday night.");
        assertEquals("Attack", confirmed.subEventType);
    }

    @Test
    void pluralsAndParticiplesOfCodebookActs() {
        assertEquals("Protests", main("Rallies and sit-ins were held in Lahore and Karachi on Friday against the new blasphemy"
                + " law.").eventType);
        assertEquals("Headquarters or base established", main("Monitors said Turkish troops were establishing a new observation"
                + " post near Saraqib, Idlib, on Tuesday.").subEventType);
        assertEquals("Sexual violence", main("A 15-year-old girl was gang-raped by soldiers in Ituri, DR Congo, on Sunday, a local"
                + " rights group said.").subEventType);
        assertEquals("Agreement", main("The government and the rebels began peace talks in Oslo on Monday, mediators said.").subEventType);
    }

    @Test
    void strikesThatKillAreAirStrikesAndAStrikeOfWorkersIsAProtest() {
        assertEquals("Air/drone strike", main("New strikes killed at least 14 civilians in the town of Saraqib, Idlib province,"
                + " on Monday, a monitor said.").subEventType);
        Report labour = RULES.extract("Dock workers in Durban began a strike over wages on Monday, their union said.", "t");
        assertTrue(labour.events().stream().noneMatch(e -> "Air/drone strike".equals(e.subEventType)), labour.events().toString());
    }

    @Test
    void anExplosionAtAPlantOrADeathInAFloodIsNoAttack() {
        for (String text : List.of(
                "Three workers were hurt when a boiler at a fertiliser plant exploded in Gresik on Tuesday night.",
                "At least 12 people died after flash floods swept through villages in Bima on Sunday, officials said.",
                "Sebuah tabung gas elpiji meledak di sebuah warung makan di Bekasi, Senin (14/6/2021), melukai dua orang.")) {
            Report r = RULES.extract(text, "t");
            assertTrue(r.events().stream().noneMatch(EventRecord::isAcledEvent), text + " -> " + r.events());
        }
        assertEquals("Explosions/Remote violence", main("A roadside bomb exploded near an army convoy in Pattani, Thailand,"
                + " on Tuesday, wounding two rangers.").eventType);
        assertEquals("Explosions/Remote violence", main("Ledakan bom rakitan di depan pos polisi di Kartasura, Sukoharjo,"
                + " Senin (3/6/2021) malam, melukai pelakunya.").eventType);
    }

    @Test
    void anAdministrativeTermOnlyOneCountryUsesPlacesAnEventThatNamesNoKnownPlace() {
        // the villages are unknown to the gazetteer; the word for the sub-district is the only clue
        assertEquals("Bangladesh", main("On 3 June 2021, garment workers protested at a factory in Kholapara Upazila over unpaid wages.").country);
        assertEquals("Nepal", main("On 3 June 2021, a bomb exploded in Dhubuwa village of Sunkoshi Rural Municipality, killing one man.").country);
        assertEquals("Nigeria", main("On 3 June 2021, gunmen abducted 6 farmers in Zango village (Kauru LGA).").country);
    }

    @Test
    void aDateTheLedeWritesOutOutranksTonightInALaterQuote() {
        // published on the 15th; the attack was on Sunday the 13th, a witness's "malam ini" counts from the 15th
        EventRecord e = main("Puluhan orang menyerang pos ronda di Kecamatan Tanah Abang, Jakarta Pusat, pada Minggu (13/6/2021) malam. "
                + "Dua warga terluka akibat serangan itu. \"Kami takut mereka datang lagi malam ini,\" kata seorang warga yang ikut terluka dalam serangan itu.");
        assertEquals("2021-06-13", e.eventDate);
    }
}
