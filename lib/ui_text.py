"""Every piece of interface text in Bahasa Indonesia and English. Data labels live in data/vocabulary.csv."""
from __future__ import annotations

TEXT: dict[str, tuple[str, str]] = {
    "app_title": ("Netra: Netralitas ASN dalam Angka", "Netra: Civil-Service Neutrality in Numbers"),
    "app_tagline": (
        "Statistik pelanggaran netralitas ASN dalam Pilkada dan Pemilu, dari KASN, Bawaslu, BKN dan Kemendagri. Setiap angka bersumber.",
        "Statistics on civil-servant (ASN) neutrality violations in Indonesian elections, from KASN, Bawaslu, BKN and Kemendagri. Every number has a source.",
    ),
    "page_overview": ("Ringkasan", "Overview"),
    "page_trends": ("Tren", "Trends"),
    "page_breakdowns": ("Rincian", "Breakdowns"),
    "page_map": ("Peta", "Map"),
    "page_data": ("Data", "Data"),
    "page_about": ("Tentang", "About"),
    "page_present": ("Presentasi", "Presentation"),
    "filters": ("Filter", "Filters"),
    "language": ("Bahasa", "Language"),
    "election": ("Pemilihan", "Election"),
    "publisher": ("Penerbit data", "Publisher"),
    "region": ("Wilayah", "Region"),
    "dimension": ("Rincian", "Breakdown"),
    "year": ("Tahun data", "Year of data"),
    "category": ("Kategori", "Category"),
    "all": ("Semua", "All"),
    "reset_filters": ("Atur ulang filter", "Reset filters"),
    "share_link": ("Tautan tampilan ini", "Link to this view"),
    "share_link_help": ("Salin alamat di bilah browser: membuka tampilan yang sama, termasuk bahasa.", "Copy the address in the browser bar: it opens the same view, language included."),
    "present_link": ("Mode presentasi", "Presenter mode"),
    "empty": (
        "Tidak ada angka untuk filter ini. Coba hapus salah satu filter di samping, atau pilih pemilihan lain.",
        "No figures match these filters. Try removing one of the filters in the sidebar, or choose another election.",
    ),
    "pick_election": ("Pilih satu pemilihan untuk melihat angka utamanya.", "Choose an election to see its headline figures."),
    "source": ("Sumber", "Source"),
    "sources": ("Sumber", "Sources"),
    "as_of": ("per", "as of"),
    "computed": ("dihitung Netra dari", "computed by Netra from"),
    "followup_rate": ("Tingkat tindak lanjut", "Follow-up rate"),
    "followup_rate_help": (
        "Bagian rekomendasi sanksi yang ditindaklanjuti PPK pada tanggal yang sama.",
        "Share of sanction recommendations followed up by the appointing officials (PPK) at the same date.",
    ),
    "since_previous": ("sejak", "since"),
    "disagree": ("Sumber berbeda", "Sources disagree"),
    "disagree_body": (
        "Angka berikut dipublikasikan berbeda oleh sumber yang berbeda. Netra menampilkan keduanya dan tidak memilih salah satunya.",
        "These numbers were published differently by different sources. Netra shows both and does not pick one.",
    ),
    "top_types": ("Jenis pelanggaran terbanyak", "Most frequent violation types"),
    "top_positions": ("Jabatan pelanggar", "Position levels of violators"),
    "what_changed": ("Perubahan sejak angka sebelumnya", "What changed since the previous snapshot"),
    "no_previous": ("Belum ada angka sebelumnya untuk dibandingkan.", "No earlier snapshot to compare with."),
    "snapshots": ("Angka berjalan dalam satu pemilihan", "Running totals within an election"),
    "snapshots_note": (
        "Angka KASN dan BKN adalah angka kumulatif pada tanggalnya: dibaca sebagai garis, tidak pernah dijumlahkan.",
        "KASN and BKN publish cumulative figures at each date: read them as a line, never add them up.",
    ),
    "funnel": ("Alur penanganan: dilaporkan → terbukti → direkomendasikan → ditindaklanjuti", "Handling funnel: reported → proven → recommended → followed up"),
    "yearly": ("Angka KASN per tahun", "KASN figures per year"),
    "compare_elections": ("Perbandingan antar pemilihan", "Comparison of elections"),
    "stages": ("Tahapan Pilkada: apa yang sering dilanggar", "Pilkada stages: what is most often violated"),
    "stages_counts": ("Pelanggaran per tahapan", "Violations by stage"),
    "breakdown_by": ("Rinci menurut", "Break down by"),
    "counts": ("Jumlah", "Counts"),
    "shares": ("Persentase", "Shares"),
    "shown_instead": ("Tidak ada angka dalam bentuk ini; ditampilkan: {shown}.", "No figures in that form; showing {shown} instead."),
    "click_to_filter": ("Klik batang untuk memfilter seluruh aplikasi.", "Click a bar to filter the whole app."),
    "by_province": ("Provinsi", "Province"),
    "download_chart_data": ("Unduh data grafik (CSV)", "Download chart data (CSV)"),
    "download_filtered_csv": ("Unduh hasil filter (CSV)", "Download filtered (CSV)"),
    "download_filtered_xlsx": ("Unduh hasil filter (XLSX)", "Download filtered (XLSX)"),
    "download_all_csv": ("Unduh semua data (CSV)", "Download everything (CSV)"),
    "download_all_xlsx": ("Unduh semua data (XLSX)", "Download everything (XLSX)"),
    "citation": ("Kutipan siap pakai", "Ready citation"),
    "rows": ("baris", "rows"),
    "map_intro": (
        "Angka menurut provinsi untuk filter yang dipilih. Peta koroplet menyusul; tabel ini memuat angka yang sama.",
        "Figures by province for the chosen filters. The choropleth map follows; this table holds the same numbers.",
    ),
    "about_meaning": ("Cara membaca angka", "How to read the figures"),
    "about_meaning_body": (
        "- **ASN vs kasus.** KASN dan BKN menghitung *orang* (ASN); Bawaslu umumnya menghitung *kasus*. Satu kasus bisa melibatkan beberapa ASN, jadi keduanya tidak pernah dijumlahkan.\n"
        "- **Angka berjalan.** KASN menerbitkan total kumulatif pada beberapa tanggal. Setiap angka hanya berlaku pada tanggalnya; angka dari tanggal berbeda tidak dijumlahkan.\n"
        "- **Sumber berbeda.** Lembaga dan media kadang menerbitkan angka berbeda untuk hal yang sama (misalnya 1.596 dan 1.597 ASN terbukti). Netra menyimpan keduanya, menandainya ⚠, dan tidak pernah \"membetulkan\" angka yang dipublikasikan.\n"
        "- **Keandalan.** A: media arus utama mengutip pejabat; B: media lebih kecil atau terbitan ulang; C: salinan meragukan.",
        "- **ASN vs cases.** KASN and BKN count *people* (civil servants); Bawaslu mostly counts *cases*. One case can involve several civil servants, so the two are never added together.\n"
        "- **Running totals.** KASN publishes cumulative totals at several dates. Each holds only for its date; figures from different dates are never summed.\n"
        "- **Sources differ.** Agencies and outlets sometimes publish different numbers for the same thing (e.g. 1,596 and 1,597 proven). Netra keeps both, flags them ⚠, and never \"corrects\" a published number.\n"
        "- **Reliability.** A: mainstream outlet quoting the official; B: smaller outlet or re-publication; C: doubtful mirror.",
    ),
    "about_law": ("Dasar hukum", "Legal basis"),
    "about_principles": ("Asas netralitas", "Principles of neutrality"),
    "about_stages": ("Area yang sering dilanggar per tahapan Pilkada", "Areas most often violated at each Pilkada stage"),
    "about_reasons": ("Mengapa ASN tidak netral", "Why civil servants are not neutral"),
    "about_reasons_mindset": ("Kesalahan paradigma (KASN)", "Mistaken mindsets (KASN)"),
    "about_reasons_why": ("Mengapa ASN tidak bisa atau tidak mau netral (Lina M. Jannah, UI)", "Why civil servants cannot or will not be neutral (Lina M. Jannah, UI)"),
    "about_reasons_tirbn": ("Faktor penyebab (Eko Prasojo, TIRBN)", "Causes (Eko Prasojo, TIRBN)"),
    "about_trends": ("Tren pelanggaran menurut Bawaslu", "Violation trends named by Bawaslu"),
    "about_definitions": ("Definisi", "Definitions"),
    "about_sources": ("Semua sumber", "All sources"),
    "translation_note": ("Terjemahan bahasa Inggris oleh Netra.", "English translations by Netra."),
    "data_as_of": ("Data per", "Data as of"),
    "next": ("Berikutnya ▶", "Next ▶"),
    "previous": ("◀ Sebelumnya", "◀ Previous"),
    "auto_advance": ("Ganti otomatis", "Auto-advance"),
    "exit_present": ("Keluar dari presentasi", "Leave presenter mode"),
    "slide": ("Slide", "Slide"),
    "warnings_in_data": ("Sebagian data tidak dimuat", "Some data were not loaded"),
    "disputed_flag": ("⚠ diperdebatkan", "⚠ disputed"),
    "value": ("Nilai", "Value"),
    "unit": ("Satuan", "Unit"),
    "measure": ("Ukuran", "Measure"),
    "note": ("Catatan", "Note"),
    "reliability": ("Keandalan", "Reliability"),
    "status": ("Status", "Status"),
    "scope": ("Cakupan", "Scope"),
    "no_data_region": ("tidak ada data", "no data"),
    "card_sources_differ": ("sumber lain: {others}", "other source: {others}"),
}


def t(key: str, lang: str = "id", **params) -> str:
    """Interface text in the chosen language."""
    indonesian, english = TEXT[key]
    text = english if lang == "en" else indonesian
    return text.format(**params) if params else text
