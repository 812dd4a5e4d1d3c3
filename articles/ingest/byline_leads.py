"""The words that lead a byline, language by language, written once from a list rather than page by page.

Each row names a language and, in that language, three kinds of lead (regular-expression pieces, matched without
regard to case, at the start of a line, before a capitalised name):

- ``by``: the preposition for "by" printed alone before the name ("Deur Jan Smit", "Ni Juan Cruz");
- ``phrases``: written by, prepared by, text by, a report by, from our correspondent ("Scris de", "Imeandikwa na",
  "Propos recueillis par", "Ditulis oleh");
- ``labels``: the nouns read only with a colon after them: author, writer, reporter, journalist, text, words,
  report ("Avtorica:", "Besedilo:", "Szöveg:", "Κείμενο:", "Pewarta:"). ``person_labels`` are the labels that
  name a person, which may also stand on a line of their own over the name ("Skrywer" / "Jan Smit").

byline_vocabulary.py joins the columns into its leads. A word that is also a sentence's first word in a language
of the set stays out of ``by`` ("Na" is Swahili "by" but Portuguese and Polish "in"; "Per" is Catalan "by" but
Italian "for"; "Oleh" is also a given name): those languages' leads are read in their longer phrases only.
German "mit" (with: a report's sign-off, "mit Jana Roth") is read only in lower case, where no sentence starts.
"""

# language: (by, phrases, labels, person_labels)
LEADS = {
    "English": ("", r"as\s+told\s+to|filed\s+by|reporting\s+and\s+writing\s+by|story\s+and\s+reporting\s+by",
                r"story|reporting", ""),
    "French": ("", r"propos\s+recueillis\s+par|r[ée]dig[ée]e?\s+par|[ée]crite?\s+par|texte\s+et\s+photos?\s+(?:de|par)|"
               r"une?\s+(?:reportage|chronique|billet|papier)\s+(?:de|par)|reportage\s+de|chronique\s+de",
               r"texte|auteure?|journaliste|reportage|chronique|propos\s+recueillis\s+par", r"auteure?|journaliste"),
    "Spanish": ("", r"escrit[oa]\s+por|redactad[oa]\s+por|texto\s+(?:de|por)|reportaje\s+de|cr[óo]nica\s+de|"
                r"informaci[óo]n\s+de|con\s+informaci[óo]n\s+de|una?\s+(?:columna|cr[óo]nica|reportaje|an[áa]lisis|entrevista|nota)\s+de",
                r"texto|autora?|reporter[oa]|periodista|corresponsal|cr[óo]nica|redacci[óo]n|escrito\s+por",
                r"autora?|reporter[oa]|periodista|corresponsal"),
    "Portuguese": ("", r"escrit[oa]\s+por|com\s+informa[çc][õo]es\s+de|texto\s+(?:de|por)|reportagem\s+(?:de|por)|cr[óô]nica\s+de|"
                   r"uma\s+(?:reportagem|cr[óô]nica|an[áa]lise|entrevista)\s+de|d[oa]\s+noss[oa]\s+(?:correspondente|enviad[oa])",
                   r"texto|autora?|rep[óo]rter|jornalista|correspondente|reda[cç][ãa]o|redac[cç][ãa]o",
                   r"autora?|rep[óo]rter|jornalista|correspondente"),
    "Italian": ("", r"scritt[oa]\s+da|testo\s+di|articolo\s+di|servizio\s+di|reportage\s+di|a\s+cura\s+di|"
                r"un[a']?\s*(?:analisi|commento|articolo|reportage|intervista|inchiesta)\s+di|"
                r"d(?:al|alla)\s+nostr[oa]\s+(?:corrispondente|inviat[oa])",
                r"testo|autore|autrice|giornalista|firma|redazione|a\s+cura\s+di", r"autore|autrice|giornalista"),
    "German": (r"(?-i:mit)", r"geschrieben\s+von|verfasst\s+von|text\s+von|text\s+und\s+fotos?\s+von|"
               r"eine?\s+(?:bericht|reportage|kommentar|analyse|interview|essay|kolumne|glosse|recherche)\s+von",
               r"text|autor(?:in)?|reporter(?:in)?|journalist(?:in)?|redaktion|bericht", r"autor(?:in)?|reporter(?:in)?|journalist(?:in)?"),
    "Dutch": ("", r"geschreven\s+door|tekst\s+(?:door|van)|verslag\s+(?:door|van)|"
              r"een\s+(?:analyse|column|commentaar|reportage|verslag|interview)\s+(?:van|door)",
              r"tekst|auteur|verslaggever|verslaggeefster|journalist|redactie", r"auteur|verslaggever|verslaggeefster|journalist"),
    "Afrikaans": ("deur", r"geskryf\s+deur|teks\s+deur|berig\s+deur|teks\s+en\s+foto'?s?\s+deur",
                  r"teks|skrywer|outeur|verslaggewer|joernalis", r"skrywer|outeur|verslaggewer|joernalis"),
    "Swedish": ("", r"skriven\s+av|skrivet\s+av|text\s+av|text\s+och\s+bild\s+av|en\s+(?:krönika|analys|reportage)\s+av",
                r"text|författare|skribent|reporter|journalist", r"författare|skribent|reporter|journalist"),
    "Norwegian, Danish": ("", r"skrevet\s+a[fv]|tekst\s+a[fv]|en\s+(?:kommentar|analyse|reportage|kronikk|klumme)\s+a[fv]",
                          r"tekst|forfatter|skribent|journalist|reporter", r"forfatter|skribent|journalist|reporter"),
    "Finnish": ("", r"kirjoittanut", r"teksti|kirjoittaja|toimittaja|juttu", r"kirjoittaja|toimittaja"),
    "Icelandic": ("eftir", r"", r"texti|höfundur|blaðamaður", r"höfundur|blaðamaður"),
    "Polish": ("", r"napisa(?:ł|ła|li)|opracowa(?:ł|ła|nie)|tekst\s+i\s+zdjęcia",
               r"tekst|autor(?:ka)?|dziennikar(?:z|ka)|reporter(?:ka)?|opracowanie|oprac\.|materiał|redakcja",
               r"autor(?:ka)?|dziennikar(?:z|ka)|reporter(?:ka)?"),
    "Czech, Slovak": ("", r"naps(?:al|ala)|nap[íi]s(?:al|ala)|text\s+a\s+foto",
                      r"text|autor(?:ka)?|redakce|redakcia|reportér(?:ka)?|novinár(?:ka)?|novinář(?:ka)?",
                      r"autor(?:ka)?|reportér(?:ka)?|novinár(?:ka)?|novinář(?:ka)?"),
    "Croatian, Serbian, Bosnian": ("piše|pišu|пише|пишу", r"napisa(?:o|la|li)|tekst\s+i\s+foto|izvještava|izveštava",
                                   r"tekst|autor(?:ica)?|novinar(?:ka)?|redakcija|аутор|текст|новинар",
                                   r"autor(?:ica)?|novinar(?:ka)?|аутор|новинар"),
    "Slovene": ("piše|pišeta|pišejo", r"", r"besedilo|avtor(?:ica)?|novinar(?:ka)?", r"avtor(?:ica)?|novinar(?:ka)?"),
    "Romanian": ("", r"scris\s+de|text\s+de|reportaj\s+de|un\s+(?:articol|reportaj|editorial|comentariu)\s+de|o\s+analiză\s+de",
                 r"text|autor|reporter|jurnalist|redacția|redactia", r"autor|reporter|jurnalist"),
    "Hungarian": ("", r"", r"írta|szerző|szöveg|riporter|újságíró|tudósító", r"szerző|riporter|újságíró|tudósító"),
    "Greek": ("", r"γράφει(?:\s+(?:ο|η|οι))?|ρεπορτάζ", r"κείμενο|συντάκτης|συντάκτρια|συντάκτες|ρεπορτάζ|αρθρογράφος",
              r"συντάκτης|συντάκτρια|αρθρογράφος"),
    "Turkish": ("", r"", r"yazan|yazar|muhabir|haber", r"yazan|yazar|muhabir"),
    "Indonesian, Malay": ("", r"ditulis\s+oleh|laporan\s+(?:wartawan|jurnalis|reporter)",
                          r"penulis|pewarta|wartawan|jurnalis|reporter|kontributor|laporan|oleh",
                          r"penulis|pewarta|wartawan|jurnalis|kontributor"),
    "Tagalog": ("", r"isinulat\s+ni|ulat\s+ni|sinulat\s+ni", r"may-akda|manunulat", r"may-akda|manunulat"),
    "Swahili": ("", r"imeandikwa\s+na|imetayarishwa\s+na|imeandaliwa\s+na|na\s+mwandishi\s+wetu|kutoka\s+kwa", r"mwandishi|mwandishi\s+wetu", r"mwandishi"),
    "Albanian": ("", r"shkruan|shkroi", r"autori|teksti|gazetari", r"autori|gazetari"),
    "Baltic": ("", r"", r"autorius|autorė|autors|autore|tekstas|teksts|tekst|ajakirjanik", r"autorius|autorė|autors|ajakirjanik"),
    "Russian, Ukrainian, Bulgarian": ("", r"", r"автор(?:ы|и|ка)?|текст|корреспондент|журналист|журналіст",
                                      r"автор(?:ы|и|ка)?|корреспондент|журналист|журналіст"),
    "Vietnamese": ("", r"", r"bài|bài\s+và\s+ảnh|phóng\s+viên|nhóm\s+phóng\s+viên", r"phóng\s+viên"),
    "Maltese": ("minn", r"miktub\s+minn", r"awtur|awtriċi|kittieb|ġurnalist", r"awtur|awtriċi|ġurnalist"),
    "Welsh": ("", r"ysgrifennwyd\s+gan", r"awdur|gohebydd", r"awdur|gohebydd"),
    "Basque": ("", r"", r"egilea|idazlea|testua", r"egilea|idazlea"),
    "Azerbaijani, Uzbek, Kazakh": ("", r"", r"müəllif|muallif|мұхбир|автор", r"müəllif|muallif"),
    "Catalan": ("", r"escrit\s+per|text\s+de|text\s+i\s+fotos?\s+de", r"text|autora?|redacció|periodista", r"autora?|periodista"),
}


def _column(index: int) -> str:
    return "|".join(row[index] for row in LEADS.values() if row[index])


BY_WORDS = _column(0)
PHRASES = _column(1)
LABELS = _column(2)
PERSON_LABELS = _column(3)
