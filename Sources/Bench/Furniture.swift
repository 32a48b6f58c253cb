/// Page furniture around the story: mastheads, bylines, share bars, "Baca juga", "Terpopuler",
/// the blocks the cleaner must drop. Unrelated headlines on purpose: they name no Syrian event.
struct Furniture: Sendable {
    let outlets: [String]
    let breadcrumbs: [String]
    let people: [String]
    let headlines: [String]

    static let indonesian = Furniture(
        outlets: ["KabarTimurTengah.com", "BeritaDunia.co.id", "Harian Nusantara", "WartaGlobal.id",
                  "SuaraInternasional.com", "Kabar24 Dunia", "Republika Mancanegara"],
        breadcrumbs: ["Beranda › Internasional › Timur Tengah", "Home » Dunia » Timur Tengah", "Beranda / Global / Suriah"],
        people: ["Fadli Rahman", "Siti Aminah", "Andika Pratama", "Dewi Lestari", "Rizky Hidayat", "Nur Aisyah",
                 "Bambang Sutrisno", "Yusuf Maulana", "Ratna Sari", "Hendra Gunawan"],
        headlines: ["Harga Bawang Putih Melonjak, Pedagang Pasar Induk Mengeluh",
                    "Jadwal Lengkap Liga 1 Pekan Ini", "Tips Memilih Ponsel Android di Bawah Rp2 Juta",
                    "Menlu RI Bahas Bantuan Kemanusiaan dengan Utusan PBB",
                    "Ribuan Pengungsi Suriah Tertahan di Perbatasan Yordania",
                    "Cuaca Ekstrem Diprediksi Landa Jawa Barat Akhir Pekan Ini",
                    "KBRI Damaskus Pulangkan 20 WNI", "Rupiah Menguat Tipis di Awal Pekan",
                    "Timnas U-23 Gelar Latihan Perdana di Bali", "Erdogan dan Putin Bertemu di Sochi",
                    "Resep Rendang Padang yang Empuk dan Gurih", "PBB: Krisis Pangan Ancam Jutaan Warga Yaman"])

    static let english = Furniture(
        outlets: ["Levant Monitor", "World Desk Daily", "Gulf Chronicle", "The Eastern Herald", "Global Wire"],
        breadcrumbs: ["Home > World > Middle East", "News / World / Syria"],
        people: ["John Harris", "Sarah Mitchell", "Ahmed Khalil", "Laura Bennett", "David Chen", "Maya Haddad"],
        headlines: ["Oil prices steady as markets weigh supply concerns", "UN envoy calls for new round of talks",
                    "Refugees stranded at the Jordanian border", "Football: Syria held to a draw in qualifier",
                    "Turkey and Russia discuss border security", "Five things to know before markets open",
                    "Weather: heatwave expected across the region", "Aid convoy reaches besieged suburb"])

    static func of(_ language: String) -> Furniture { language == "id" ? indonesian : english }
}
