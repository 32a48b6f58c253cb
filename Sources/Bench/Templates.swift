/// Sentence templates for the generator, written in the style of the seed and dev articles.
/// Slots: {A} actor, {T} target (or the side that left), {P} place, {G} governorate,
/// {W} the date phrase, {N} a number, {S} the monitor or agency.

/// The kinds of event the corpus tells of, with the roles each needs.
enum EventKind: CaseIterable, Sendable {
    case capture, recapture, airStrike, shelling, carBomb, suicideBomb, clash, abduction, withdrawal, agreement
}

struct LanguageTemplates: Sendable {
    let language: String
    let dates: DateWords
    let events: [EventKind: [String]]
    let titles: [EventKind: [String]]
    let fillers: [String]
    let sources: [String]
    let dayPhrase: @Sendable (Day, Day, DateWords) -> String   // (event day, published day) → "Senin (4/3)"
    let fullDate: @Sendable (Day, DateWords) -> String
}

extension LanguageTemplates {
    static let indonesian = LanguageTemplates(
        language: "id",
        dates: .indonesian,
        events: [
            .capture: [
                "{A} merebut kota {P} di provinsi {G} dari tangan {T} pada {W}, kata {S}.",
                "Kota {P} jatuh ke tangan {A} pada {W} setelah pertempuran sengit selama beberapa hari melawan {T}.",
                "{A} mengklaim telah menguasai {P}, {G}, pada {W}, dan menyita sejumlah tank milik {T}.",
                "Menurut {S}, {A} menduduki sebagian besar {P} pada {W} setelah {T} kehabisan amunisi.",
            ],
            .recapture: [
                "{A} merebut kembali {P} di provinsi {G} dari {T} pada {W}, menurut kantor berita SANA.",
                "Setelah pengepungan berbulan-bulan, {A} berhasil membebaskan {P} dari kendali {T} pada {W}.",
                "Media pemerintah melaporkan {A} telah memulihkan kendali atas {P} pada {W}, sehari setelah {T} terdesak mundur.",
                "{S} membenarkan bahwa {A} menguasai kembali {P} di {G} pada {W}.",
            ],
            .airStrike: [
                "Serangan udara {A} menghantam pasar di {P}, provinsi {G}, pada {W}, menewaskan sedikitnya {N} warga sipil.",
                "{A} membombardir {P} pada {W}; {S} menyebut {N} orang tewas, termasuk anak-anak.",
                "Sedikitnya {N} orang tewas ketika pesawat {A} menjatuhkan bom barel di {P} pada {W}.",
                "{A} melancarkan puluhan serangan udara di sekitar {P} pada {W}, kata {S}.",
            ],
            .shelling: [
                "{A} menembakkan roket dan mortir ke permukiman di {P} pada {W}, menewaskan {N} orang.",
                "Artileri {A} menggempur pinggiran {P}, {G}, sepanjang {W}, menurut {S}.",
                "Sebuah rudal yang ditembakkan {A} menghantam rumah sakit di {P} pada {W}, menewaskan {N} pasien.",
            ],
            .carBomb: [
                "Sebuah bom mobil meledak di dekat pos pemeriksaan di {P} pada {W}, menewaskan {N} orang dan melukai puluhan lainnya.",
                "Ledakan bom mobil mengguncang pusat kota {P}, provinsi {G}, pada {W}; belum ada kelompok yang mengaku bertanggung jawab.",
                "Ranjau darat yang ditanam di jalan menuju {P} menewaskan {N} penumpang sebuah minibus pada {W}.",
            ],
            .suicideBomb: [
                "Seorang pelaku bom bunuh diri meledakkan diri di {P} pada {W}, menewaskan {N} anggota {T}.",
                "{A} mengaku bertanggung jawab atas bom mobil bunuh diri di {P} pada {W} yang menewaskan {N} orang.",
            ],
            .clash: [
                "Bentrokan sengit antara {A} dan {T} pecah di {P} pada {W}, kata {S}.",
                "Pertempuran antara {A} dan {T} di sekitar {P}, {G}, menewaskan {N} petempur pada {W}.",
                "{A} terlibat baku tembak dengan {T} di pinggiran {P} pada {W}.",
            ],
            .abduction: [
                "{A} menculik {N} warga sipil, termasuk perempuan dan anak-anak, di {P} pada {W}.",
                "Puluhan penduduk {P} diculik oleh {A} pada {W}, menurut aktivis setempat.",
                "{S} melaporkan {A} menyandera {N} pekerja bantuan di {P}, {G}, pada {W}.",
            ],
            .withdrawal: [
                "{T} menarik diri dari {P} pada {W} setelah dikepung selama berminggu-minggu.",
                "Pasukan {T} mundur dari {P}, provinsi {G}, pada {W} tanpa perlawanan.",
                "{T} mengosongkan markasnya di {P} pada {W}, kata {S}.",
            ],
            .agreement: [
                "Kesepakatan gencatan senjata antara {A} dan {T} di {P} mulai berlaku pada {W}.",
                "{A} dan {T} menyepakati evakuasi petempur dan keluarga mereka dari {P} pada {W}, dengan mediasi Rusia.",
            ],
        ],
        titles: [
            .capture: ["{A} Kuasai {P}", "{P} Jatuh ke Tangan {A}"],
            .recapture: ["{A} Rebut Kembali {P}", "Pasukan Pemerintah Bebaskan {P}"],
            .airStrike: ["Serangan Udara Tewaskan {N} Warga {P}", "Jet Tempur Gempur {P}"],
            .shelling: ["Roket Hantam {P}, {N} Tewas", "{P} Digempur Artileri"],
            .carBomb: ["Bom Mobil Guncang {P}", "Ledakan di {P} Tewaskan {N} Orang"],
            .suicideBomb: ["Bom Bunuh Diri di {P}, {N} Tewas"],
            .clash: ["Bentrokan Sengit Pecah di {P}", "Pertempuran di {G} Makin Memanas"],
            .abduction: ["{N} Warga {P} Diculik"],
            .withdrawal: ["{T} Mundur dari {P}"],
            .agreement: ["Gencatan Senjata di {P} Berlaku", "Kesepakatan Evakuasi {P} Tercapai"],
        ],
        fillers: [
            "\"Situasinya sangat buruk, warga tidak bisa keluar rumah,\" kata seorang aktivis yang dihubungi lewat telepon.",
            "Perang saudara di Suriah telah menewaskan lebih dari {N} ribu orang sejak Maret 2011, menurut perkiraan PBB.",
            "Informasi tersebut belum dapat dikonfirmasi secara independen karena pembatasan akses bagi media.",
            "Pemerintah di Damaskus menyebut semua kelompok bersenjata yang melawannya sebagai teroris.",
            "Jutaan warga Suriah telah mengungsi ke Turki, Lebanon dan Yordania sejak konflik meletus.",
            "Pembicaraan damai di Jenewa sejauh ini belum membuahkan hasil yang berarti.",
            "Provinsi {G} telah menjadi salah satu medan pertempuran paling sengit dalam beberapa bulan terakhir.",
            "Harga roti dan bahan bakar di {P} melonjak tajam karena jalur pasokan terputus.",
            "Palang Merah Internasional menyerukan agar bantuan kemanusiaan diizinkan masuk ke {P}.",
            "Seorang warga mengatakan keluarganya sudah tiga hari bersembunyi di ruang bawah tanah.",
            "Kementerian Luar Negeri RI mengimbau WNI di Suriah agar segera menghubungi KBRI di Damaskus.",
            "Para analis menilai pertempuran di {G} akan menentukan arah perang dalam beberapa bulan ke depan.",
            "Menurut {S}, sekitar {N} keluarga telah meninggalkan {P} dalam sepekan terakhir.",
            "Sekolah-sekolah di {P} ditutup sejak awal bulan, dan listrik hanya menyala dua jam sehari.",
            "Utusan khusus PBB untuk Suriah dijadwalkan bertemu kedua pihak pekan depan.",
            "Rumah sakit lapangan di {P} kewalahan menangani korban luka, kata seorang dokter.",
            "Warga {P} mengeluhkan kelangkaan obat-obatan dan air bersih.",
            "Sejumlah negara Barat mengecam kekerasan tersebut dan meminta penyelidikan independen.",
            "Jalan utama yang menghubungkan {P} dengan ibu kota provinsi {G} dilaporkan tidak bisa dilalui.",
            "Lebih dari {N} orang dilaporkan mengungsi ke kamp-kamp di dekat perbatasan Turki.",
        ],
        sources: ["SOHR", "Observatorium Suriah untuk Hak Asasi Manusia", "kantor berita SANA", "Reuters", "AFP", "para aktivis"],
        dayPhrase: { event, _, words in "\(words.weekday(event)) (\(event.day)/\(event.month))" },
        fullDate: { day, words in "\(day.day) \(words.month(day)) \(day.year)" })

    static let english = LanguageTemplates(
        language: "en",
        dates: .english,
        events: [
            .capture: [
                "{A} seized the town of {P} in {G} province from {T} on {W}, the {S} said.",
                "{P} fell to {A} on {W} after days of heavy fighting against {T}.",
                "{A} captured most of {P} on {W}, according to the {S}.",
            ],
            .recapture: [
                "{A} recaptured {P} in {G} province from {T} on {W}, state news agency SANA reported.",
                "After a months-long siege, {A} retook {P} from {T} on {W}.",
                "The {S} confirmed that {A} regained control of {P} on {W}.",
            ],
            .airStrike: [
                "Air strikes by {A} hit a market in {P}, {G} province, on {W}, killing at least {N} civilians.",
                "{A} bombed {P} on {W}; the {S} said {N} people were killed, including children.",
                "At least {N} people died when {A} dropped barrel bombs on {P} on {W}.",
            ],
            .shelling: [
                "{A} fired rockets and mortar rounds at residential areas of {P} on {W}, killing {N} people.",
                "Artillery of {A} pounded the outskirts of {P}, {G}, on {W}, the {S} said.",
            ],
            .carBomb: [
                "A car bomb exploded near a checkpoint in {P} on {W}, killing {N} people and wounding dozens.",
                "A roadside bomb hit a minibus on the road to {P} on {W}, killing {N} passengers.",
            ],
            .suicideBomb: [
                "A suicide bomber blew himself up in {P} on {W}, killing {N} members of {T}.",
                "{A} claimed a suicide car bombing in {P} on {W} that killed {N} people.",
            ],
            .clash: [
                "Heavy clashes broke out between {A} and {T} in {P} on {W}, the {S} said.",
                "Fighting between {A} and {T} around {P}, {G}, killed {N} fighters on {W}.",
            ],
            .abduction: [
                "{A} abducted {N} civilians, including women and children, in {P} on {W}.",
                "The {S} reported that {A} kidnapped {N} aid workers in {P}, {G}, on {W}.",
            ],
            .withdrawal: [
                "{T} withdrew from {P} on {W} after being besieged for weeks.",
                "{T} pulled out of {P}, {G} province, on {W} without a fight.",
            ],
            .agreement: [
                "A ceasefire between {A} and {T} in {P} took effect on {W}.",
                "{A} and {T} agreed on {W} to evacuate fighters and their families from {P}, in a deal brokered by Russia.",
            ],
        ],
        titles: [
            .capture: ["{A} seize {P}", "{P} falls to {A}"],
            .recapture: ["{A} retake {P}"],
            .airStrike: ["Air strikes kill {N} in {P}"],
            .shelling: ["Rockets hit {P}, {N} dead"],
            .carBomb: ["Car bomb rocks {P}"],
            .suicideBomb: ["Suicide bombing in {P} kills {N}"],
            .clash: ["Heavy fighting in {G}"],
            .abduction: ["{N} abducted in {P}"],
            .withdrawal: ["{T} withdraw from {P}"],
            .agreement: ["Ceasefire takes effect in {P}"],
        ],
        fillers: [
            "\"The situation is terrible, people cannot leave their homes,\" an activist said by telephone.",
            "The civil war in Syria has killed more than {N},000 people since March 2011, according to UN estimates.",
            "The reports could not be independently verified because of restrictions on media access.",
            "The government in Damascus describes all armed groups fighting it as terrorists.",
            "Millions of Syrians have fled to Turkey, Lebanon and Jordan since the conflict began.",
            "Peace talks in Geneva have so far produced little.",
            "{G} province has been one of the fiercest battlegrounds in recent months.",
            "The Red Cross called for humanitarian aid to be allowed into {P}.",
            "Analysts say the battle for {G} could decide the course of the war in the coming months.",
            "According to the {S}, some {N} families have left {P} in the past week.",
            "Schools in {P} have been closed since the start of the month, and power is on for two hours a day.",
            "The UN special envoy for Syria is due to meet both sides next week.",
            "A field hospital in {P} is overwhelmed by the wounded, a doctor said.",
            "Residents of {P} complain of shortages of medicine and clean water.",
            "Several Western governments condemned the violence and called for an independent inquiry.",
            "The main road linking {P} with the provincial capital was reported impassable.",
            "More than {N} people are reported to have fled to camps near the Turkish border.",
        ],
        sources: ["Syrian Observatory for Human Rights", "SOHR", "Reuters", "activists", "monitoring group"],
        dayPhrase: { event, _, words in words.weekday(event) },
        fullDate: { day, words in "\(words.month(day)) \(day.day), \(day.year)" })
}
