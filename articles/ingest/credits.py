"""Splitting an image caption from its photo credit.

Credits come labelled ("Image: X/Agency", "Photograph: X", "Credit: Reuters", "Foto: X/dpa",
"Crédit photo : X"), in trailing brackets ("(Getty Images)", "(Photo: Reuters)"), after a
copyright sign ("© X", "(c) X"), or unlabelled after the caption's last sentence, naming an
agency ("X/AFP", "REUTERS/X", "X - Lusa") or the picture's origin ("Handout", "Twitter/@x").
The credit is kept as printed minus its label.

The vocabularies these patterns are built from live in credit_vocabulary.py; a credit alone on its
line and credit-shaped text in the story are read in credit_lines.py.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from .byline_vocabulary import PICTURE_WORD_CYRILLIC_GREEK
from .credit_vocabulary import (
    AGENCY_IN_CAPITALS, CAPITALISED_TO_THE_END, FILE_TAIL, ILLUSTRATIVE, LABEL, NAME_WORD, ORIGIN, OWN_PHOTO,
    PHOTOGRAPHER_CLOSING, PICTURE_AGENCIES, PICTURE_LIBRARIES, PICTURE_SOURCE_LABELS, SEGMENT, SOURCE_LABELS, UPPER, VIA,
    WIRE_FULL_NAMES, WIRES, is_agency_name, is_credit_agency,
)
from .person_names import is_personal
from .scanning import word_count


# (the credit a name: a capital or another script first, a few words; "Crédito, deuda y mercados" is a headline)
_SOURCE_FIRST = re.compile(rf"^(?P<caption>)(?i:{PICTURE_SOURCE_LABELS})\s*[,،]\s*"
                           rf"(?P<credit>(?=[A-ZÀ-ÞА-ЯІЇЄ]|[^\x00-\u024f])[^,،\s]+(?:\s[^,،\s]+){{0,5}})\s*\.?$")
_SOURCE_LABEL_INITIALS = "IiPpFfCcAaАаKk사इम"  # the first letters of those labels: the quick test before the pattern


# ... unless the label names the picture's source: "Sursa foto:", "Source photo :", "Fonte foto:", "Źródło zdjęcia:".
_PICTURE_SOURCE_LABEL = re.compile(r"\s(?:fot[oeó]|fotografi[ae]|photo|zdj[eę]cia|imagine|imagen)\b", re.IGNORECASE)


# The scripts without capitals whose picture words LABEL lists: Armenian to Arabic, Devanagari to Thai, Georgian,
# Ethiopic, Japanese and Chinese, Korean.
_NO_CAPITALS = "\u0530-\u06ff\u0900-\u0e7f\u10a0-\u10ff\u1200-\u137f\u3040-\u9fff\uac00-\ud7af"
# Thai, Japanese and Chinese write a sentence without spaces: its words cannot be counted by them.
_UNSPACED_SCRIPT_AT_END = re.compile(r"[\u0e00-\u0e7f\u3040-\u9fff]\s*$")
# Caption text, then a capitalised label and a short credit at the very end of the line. A caption printed
# without its full stop runs into the label: "Officers at the gate Photo: X" (a label with its colon, then).
_LABELLED = re.compile(
    rf"^(?P<caption>.*?)(?:^|(?<=[.!?”\"’)\],:。।۔؟።])\s*|\s*[|–—/]\s*|\s+-\s+|(?<=[a-z])\s+(?=[A-ZÀ-ÞŁŚŹŻΑ-ΩА-Я][^\s:]{{1,20}}(?:\s[^\s:]{{1,12}})?\s?:)"
    # ... or, in a script without capitals, a space and the label with its colon: "… รถเมล์ที่สถานี ภาพ: X"
    rf"|(?<=[{_NO_CAPITALS}])\s+(?=[{_NO_CAPITALS}][^\s:：]{{0,20}}\s?[:：])"
    # ... or before a picture word and "by" and a name: "Officers at the gate Photo by Jo Lim"
    # (capitalised words, "for" or "via" between them, to the line's end: not "a Photo by Jo Lim in the hall")
    rf"|(?<=[a-z])\s+(?=(?:Photo|Picture|Image|Foto)s?\s+(?:by|por|par|von|door)\s+{CAPITALISED_TO_THE_END})"
    # ... or glued to the caption's last word, in lower case: "... un pequeño observatorio naturalFotografía por Jo Lim"
    rf"|(?<=[a-z]{{3}})(?=[A-ZÀ-Þ]))"
    rf"(?P<label>(?:[A-Z]{{2,5}}\s+|Copyright\s+)?(?=[A-ZÀ-ÞŁŚŹŻΑ-ΩА-ЯẢ]|fot\.|[{_NO_CAPITALS}])(?i:{LABEL})"
    rf"(?:\s+(?i:by|por|par|von|door)\b:?|\s*[:：]|(?<=사진)=|\s+\||(?<=ource),|(?<=ourtesy)\s+of\b"
    # "Foto – Jo Lim", "Photo - AFP": a dash for the colon
    rf"|(?:(?<=[Ff]oto)|(?<=[Pp]hoto))\s+[-–]\s+"
    # "Photo courtesy Jo Lim": "of" left out before a name
    rf"|(?<=ourtesy)\s+(?=[A-Z])"
    # "Image from US Navy Weather Center", "Photo from Jo Lim": "from" and capitalised words to the line's end (not
    # "A photo from the rally went viral")
    rf"|(?:(?<=[Ii]mage)|(?<=[Pp]hoto)|(?<=[Pp]icture))\s+from\s+(?={CAPITALISED_TO_THE_END})"
    # "Credit Jo Lim", "Crédit AFP": the colon lost with the page's markup, before a name of two words or more, or an
    # agency in capitals, to the line's end ("... in Zurich. Credit Suisse" is no credit)
    rf"|(?:(?<=[Cc]redit)|(?<=[Cc]rédit))\s+(?=[A-Z]\S*\s+{CAPITALISED_TO_THE_END}|[A-Z]{{2,}}\S*\s*\.?$)"
    rf"|(?<=[Ff]oto)\s+di\b(?!\s+repertorio)|(?<=[Ff]ot\.)(?=\s)|(?<=[Nn]uotr\.)(?=\s)|(?<=redit)(?:\.\.\.|…)"
    # "Foto ANP", "Beeld ANP / Jo Lim", "Photo AFP": Dutch and French pages print no colon before an agency in capitals,
    # Italian ones before an agency as it writes itself ("Foto Ansa/EPA-EFE/Jo Lim"), Vietnamese ones ("Ảnh TTXVN")
    rf"|(?:(?<=[Ff]oto)|(?<=FOTO)|(?<=[Bb]eeld)|(?<=[Pp]hoto)|(?<=PHOTO)|(?<=[Ảả]nh))\s+"
    rf"(?={AGENCY_IN_CAPITALS}|(?:{PICTURE_AGENCIES})(?:\s?/|\s*\.?$))"
    # ... nor before a photographer's name closing the line: "Foto Jan de Vries", "Beeld Lena Berg"; Spanish and
    # Portuguese "Foto de Juan Pérez" (photo of: by)
    rf"|(?:(?<=Foto)|(?<=Beeld))\s+(?={PHOTOGRAPHER_CLOSING})|(?<=Foto)\s+de\s+(?={PHOTOGRAPHER_CLOSING})))\s*(?P<credit>[^:]{{2,120}}?)\s*\.?$"
)
# A credit alone on its line that chains its sources with more labels, so holding a colon the pattern above
# refuses: "Foto: HKV, ika.hr: fotomontaža: narod.hr", "Photo: Jo Lim: montage: Sam Reid"; each piece a few words
# with no sentence in it. And "Photo Jo Lim" alone: a picture word and a personal name, the colon lost.
_CHAINED_LABELS = re.compile(
    r"^(?P<caption>)(?P<label>(?i:foto|photo|fot\.|image|picture|pic|bild|beeld))\s*:\s*"
    r"(?P<credit>[^\s:.!?][^:!?]{1,40}(?::\s*[^\s:!?][^:!?]{1,40}){1,2})\s*$"
)
_PICTURE_WORD_AND_NAME = re.compile(rf"^(?P<caption>)(?P<label>Photo|Foto|Pic)\s+(?P<credit>{PHOTOGRAPHER_CLOSING})")
# The same in Cyrillic and Greek, where the photographer's outlet may close it: "Фото Иван Петров, «Вестник»".
_CYRILLIC_GREEK_CAPITAL = "А-ЯЁІЇЄҐЎЈЉЊЋЏЅΑ-ΩΆΈΉΊΌΎΏ"
_PICTURE_WORD_AND_NAME_CYRILLIC_GREEK = re.compile(
    rf"^(?P<caption>)(?P<label>{PICTURE_WORD_CYRILLIC_GREEK})\s+(?P<credit>"
    rf"[{_CYRILLIC_GREEK_CAPITAL}][^\W\d_]+(?:-[^\W\d_]+)?(?:\s+[{_CYRILLIC_GREEK_CAPITAL}][^\W\d_]+(?:-[^\W\d_]+)?){{1,2}}"
    r"(?:,\s*«[^«»]{1,30}»)?)\s*\.?$"
)
# A picture's word in lower case opening a short line, as some pages print the credit over or under the picture:
# "foto LaPresse", "pic from google", "photo: Jo Lim" (capitalised, the patterns above read it). With no "from",
# "by" or colon, only an agency or a photographer's name may follow ("foto gallery" is a heading).
_LOWER_CASE_LABEL_LINE = re.compile(
    r"^(?P<caption>)(?P<label>fotos?|photos?|pic|picture|image|bild|beeld)"
    r"(?:(?P<joined>\s+(?:from|by|di|de|von|par|por|door)\b|\s*:)\s*|\s+)(?P<credit>[^\s:.][^:]{1,40}?)\s*\.?$"
)
_LOWER_CASE_LABEL_LINE_LENGTH = 50
# The words that make the text after such a label a description, not a credit: "photo from the rally", "pic of a dog".
_DESCRIBING_WORDS = frozenset("the a an our my your his her their its this that these those of in on at to".split())
# "Foreign Minister Sameh Shoukry - FILE": the picture is the outlet's own archive.
_FILE_PICTURE = re.compile(r"^(?P<caption>.+?)\s+[-–—]\s+(?P<credit>FILE(?:\s+PHOTO)?|File(?:\s+photo)?)\s*\.?$")


# "... on 3 October 2019. Martin BUREAU / AFP": an unlabelled credit naming a photo agency after the last sentence
# (glued to it on some pages: "... on Tuesday.REUTERS/Jo Lim").
_TRAILING_AGENCY = re.compile(
    # (or glued to a last word in lower case, the caption printed without its full stop: "... on MondayJo Lim/AFP")
    # (or set apart by a dash or a bar, the caption without its full stop: "... on Monday - Jo Lim/AFP")
    # (or after the sentence and a dash: "... in Dakar. — Jo Lim afp.com")
    rf"^(?P<caption>(?:.*[.!?”\"’](?:\s+(?:[—–]\s+)?|(?<=[a-z][.!?]))|.{{15,}}?[a-z](?=[A-Z])|.{{15,}}?[a-z]\s[-–|]\s)?)(?!(?i:by|por|par|von|door)\s)"
    # (the wire by its full name after a dash: "Jo Lim — The Associated Press")
    rf"(?P<credit>{SEGMENT}(?:\s?/\s?|\s[-–—]\s(?=(?:{PICTURE_AGENCIES}|{WIRE_FULL_NAMES})\b))"
    # "Name/Pool/AFP", "Name / Ankara - AA" (Anadolu's photographer, place and agency), "Name/SOPA Images/LightRocket
    # via Getty Images", "Name/The Harbour Times via AP"
    # (a picture library after a dash: "Name/Agence France-Presse — Getty Images")
    rf"(?:(?:{SEGMENT}\s?[/-]\s?){{0,2}}(?:{PICTURE_AGENCIES}|{WIRE_FULL_NAMES}){FILE_TAIL}(?:{VIA}|\s[—–]\sGetty\sImages)?"
    rf"|(?:[\w'’. &-]{{1,40}}\s?/\s?){{0,2}}[\w'’. &-]{{1,40}}?{VIA})"
    # ... or the photographer and AFP's address, as AFP's feed prints its credits: "Jo Lim afp.com"
    rf"|{SEGMENT}\s+afp\.com"
    # ... or a commissioned picture sold by a library: "Jo Lim for The Harbour Times via Getty Images"
    rf"|{SEGMENT}\s+for\s+{SEGMENT}{VIA}"
    # ... or the German agencies' picture service and its photographer: "picture alliance / dpa | Jo Lim"
    rf"|picture\s+alliance\s?/\s?(?:{PICTURE_AGENCIES})(?:\s?\|\s?{SEGMENT})?"
    # ... or the agency first, in capitals or by a wire's name: "REUTERS/James Akena", "THE CANADIAN PRESS/Jo Lim",
    # "EPA-EFE/JO LIM", "Xinhua/Li Wei"
    rf"|(?:[A-Z]{{2,}}(?:[ -][A-Z]{{2,}}){{0,3}}|Photo|Foto|Xinhua|Kyodo|Yonhap|Sputnik|Anadolu|Bernama|Antara|Belga|Keystone|Lusa)\s?/\s?"
    rf"{SEGMENT}{FILE_TAIL})\s*\.?$"
)
# "... on 11 November 2018. / Reuters": a picture agency alone after a slash, closing the caption's last sentence
# (a sentence, not a word: "Handout . / Reuters" is an origin and its agency, _ORIGIN_ALONE's).
_SLASH_THEN_AGENCY = re.compile(
    rf"^(?P<caption>\S.{{14,}}[.!?”\"’])\s+/\s*(?P<credit>(?:{PICTURE_AGENCIES})(?:\s?/\s?{SEGMENT})?)\s*\.?$"
)
# "... på tv. Jo Lim, NTB": a photographer and a picture agency after a comma, closing the caption's last sentence.
_NAME_COMMA_AGENCY = re.compile(
    rf"^(?P<caption>.*[.!?”\"’])\s+(?P<credit>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}},\s(?:{PICTURE_AGENCIES}|{WIRE_FULL_NAMES}))\s*\.?$"
)
# "... on Monday. Jo Lim/Harbour Times", "... Jo Lim | Harbour Times": a photographer and the outlet, after a
# caption's last sentence; "Jo Lim | Bloomberg | Getty Images": and the library that sells the picture.
_NAME_AND_OUTLET = re.compile(
    rf"^(?P<caption>.*[.!?”\"’])\s+(?P<credit>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}(?:(?:\s?/\s?|\s\|\s){SEGMENT}){{1,2}})\s*\.?$"
)


_ORIGIN_WORD = re.compile(rf"^(?P<caption>.*[.!?”\"’])\s+(?:/\s+)?(?P<credit>{ORIGIN})\s*\.?$")
# The Brazilian and Hispanic papers' origin of a picture after a dash: "Policiais na operação - Divulgação/PMERJ",
# "... - Reprodução/TV Globo" (a handout, a screenshot), "... - Arquivo/Agência Brasil", "... - Cortesía"; the Spanish
# agencies' file picture names the agency in capitals first: "... - EUROPA PRESS - Archivo".
_DASH_ORIGIN = re.compile(
    r"^(?P<caption>\S.{9,}?)\s+[-–—]\s+(?P<credit>(?:[A-ZÁÉÍÓÚÑÂÊÔÃÕÇ][A-ZÁÉÍÓÚÑÂÊÔÃÕÇ&.' ]{1,30}[A-Z]\s[-–—]\s(?=Arquivo|Archivo))?(?:Divulga[çc][ãa]o|Reprodu[çc][ãa]o|Arquivo|Archivo|Difusi[óo]n|"
    r"Cortes[íi]a)(?:\s?/\s?[\w@.'’ -]{1,40})?)\s*\.?$"
)
# "An undated photo of the striker (left). — Harbour FC": a caption that says it describes a picture, then a dash
# and who supplied it (a dash and a name closing a paragraph of the story is the wire's sign-off: "... — Bernama").
_DASH_AFTER_A_PICTURE = re.compile(rf"^(?P<caption>\S.{{9,300}}\.)\s+[—–]\s+(?P<credit>{SEGMENT})\s*$")
_REPORTED = re.compile(r"\b(?:said|says|told|added)\b")  # a story's sentence reports; a caption shows
_CAPTION_MAX_WORDS = 40
_PICTURE_CUE = re.compile(r"\b(?:photos?|pictures?|pic|images?|undated|pictured)\b|\((?:left|right|centre|center|L|R|C)\)",
                          re.IGNORECASE)
_HANDED_OUT_OR_SCREEN = (
    r"(?:Divulga[çc][ãa]o|Reprodu[çc][ãa]o|Cortes[íi]a|Screen(?:shot|grab|\s+grab|\s+capture)|Captura(?:\s+de\s+"
    r"(?:pantalla|tela|v[íi]deo))?|Capture\s+d['’][ée]cran|Bildschirmfoto|Zrzut\s+ekranu|Schermafbeelding|"
    r"Sk[äa]rmdump|Skjermbilde|Sk[æe]rmbillede|Kuvakaappaus|Tangkapan\s+layar|Ekran\s+g[öo]r[üu]nt[üu]s[üu])"
)
# "File Photo", "Handout . / Reuters": a picture's origin alone under it, the page printing no caption.
_ORIGIN_ALONE = re.compile(
    r"^(?P<caption>)(?P<credit>(?:Handout|HANDOUT|Supplied|SUPPLIED|File\s+[Pp]hoto|FILE\s+PHOTO|"
    r"(?:Fuente|Fonte|FUENTE|FONTE)\s+(?:externa|EXTERNA)|"  # a picture from outside the newsroom, unnamed
    # ... handed out or copied, in Portuguese and Spanish ("Divulgação", "Reprodução", "Cortesía"), or a still from a
    # screen, in the words of Europe's languages and Indonesian ("Screenshot", "Captura de pantalla", "Captura",
    # "Capture d'écran", "Bildschirmfoto", "Zrzut ekranu", "Schermafbeelding", "Skärmdump", "Kuvakaappaus",
    # "Tangkapan layar")
    f"{_HANDED_OUT_OR_SCREEN})"
    r"(?:\s?\.?\s?/\s?[\w@.'’ -]{1,40}?)?)\s*\.?$"
)
# "Getty Images", "Shutterstock", "Unsplash": a library that sells or lends only pictures, alone under the picture, the
# page printing no caption (an agency alone, "Reuters", may be the byline's; "AP Photo" alone is read after a caption
# only, credit_lines.credit_alone: under a standfirst, reading it made the standfirst a caption).
_LIBRARY_ALONE = re.compile(rf"^(?P<caption>)(?P<credit>(?i:{PICTURE_LIBRARIES}))\s*\.?$")
_LIBRARY_LINE_LENGTH = 40
# "(AFP files) In a file picture taken ...", "(Reuters file photo) Officers at ...": an agency's archive picture,
# credited in brackets before its caption.
_FILES_FIRST = re.compile(
    rf"^[(\[](?P<credit>(?:{PICTURE_AGENCIES})\s+(?:files?|file\s+(?:photo|picture|pic)|photo|pic)|(?i:file\s+(?:photo|picture)))"
    r"[)\]]\s*(?P<caption>[A-Z].{15,})$"
)


# The words a credit may hold in lower case ("Jo Lim for The Times", "courtesy of the family"); other lower-case
# words after "Photo:" ("Photo: Barbados prime minister Mia Mottley.") describe the picture: a caption, no credit.
_CREDIT_LOWER_WORDS = frozenset(
    "by via of for and the courtesy from on in at supplied handout file photo photos pic picture image staff "
    "photographer contributed provided archive archives screengrab screenshot".split())
# A dateline's place in capitals, perhaps with its state's or country's code or name: "SÃO PAULO, SP", "KYIV".
_PLACE_IN_CAPITALS = re.compile(rf"^[{UPPER}][{UPPER}'’.-]*(?:\s+[{UPPER}][{UPPER}'’.-]*){{0,3}}(?:,\s*[{UPPER}][{UPPER}.]*(?:\s+[{UPPER}][{UPPER}.]*){{0,2}})?$")
# "(rights reserved)", "(droits réservés)" closing a caption: the picture's credit where its owner is not named
# (a page's own "All rights reserved" line is its copyright, no picture's).
RIGHTS_AS_CREDIT = re.compile(r"(?:all\s+)?rights\s+reserved|(?:tous\s+)?droits\s+réservés", re.IGNORECASE)
# (full-width brackets too, as Chinese and Japanese pages print them: "…車站。（圖／中央社）")
_BRACKETED = re.compile(r"^(?P<caption>.*?)\s*[(\[（](?P<credit>[^()\[\]（）]{2,100})[)\]）]\s*\.?$")
_COPYRIGHT = re.compile(  # "© X", "Photo © X", "Foto: © X": the label word before the sign is no caption's
    # (the BBC's "Image copyright X", glued to its credit when copied: "Image copyrightPA MEDIA")
    r"^(?P<caption>.*?)\s*(?:\b(?i:photo|foto|image|bild|picture)s?\s*:?\s*)?(?:©|\((?:c|C)\)|\bCopyright\b:?|(?<=Image )copyright(?![a-z]))\s*"
    r"(?P<credit>[^©]{2,100}?)\s*\.?$"
)
# (a label's colon full-width in Chinese and Japanese, "=" after the Korean one, a slash after a Chinese one: "（写真：共同）",
# "(사진=연합뉴스)", "（圖／中央社）")
_LABEL_INSIDE = re.compile(rf"^(?:[A-Z]{{2,5}}\s+)?(?i:{LABEL})(?:\s+(?:by|por|par|von|door|from)\b:?|\s*[:：]|(?<=사진)\s?=|(?<=[圖图影片真])\s?[/／]|\s*\||(?<=ource),|(?<=hoto),|(?<=oto),|(?<=foto)\s+di\b|(?<=fot\.)(?=\s)|(?<=redit)(?:\.\.\.|…)"
                           rf"|(?:(?<=foto)|(?<=beeld)|(?<=photo))\s+(?={AGENCY_IN_CAPITALS}))\s*",
                           re.IGNORECASE)
# Words before the credit itself: "© Provided by The Canadian Press", "Courtesy of X", "Photo courtesy of X", and the
# picture libraries' instruction pasted with their captions: "(Photo credit should read JO LIM/AFP via Getty Images)".
_PROVIDED = re.compile(r"^(?:provided\s+by|(?:(?:photo|image|picture)\s+)?courtesy(?:\s+of)?:?|"
                       r"(?:(?:photo|image|picture)\s+)?credit\s+(?:should|must)\s+read:?)\s+", re.IGNORECASE)


# "... on Monday. | Sam Reid", "... on Monday. — Reuters pic", "... Bernama photo" (a bare "— Bernama" closing a
# paragraph is the wire's sign-off, not a picture's credit).
_AFTER_THE_CAPTION = re.compile(
    rf"^(?P<caption>.*[.!?”\"’])\s*(?:[-–—]\s*(?P<credit>(?:{WIRES})\s+(?:file\s+)?(?:photo|pic|picture))"
    rf"|\|\s*(?P<credit2>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}(?:\s*/\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})?)"
    rf"|(?P<credit3>(?:[A-Z][\w'’.-]*\s+){{1,3}}(?:(?i:file)\s+)?(?i:photo|pic|picture)))\s*\.?$"
)
# "Der Minister in Berlin | dpa", "Agentes en Barcelona - Efe", "Leaders meet in Ankara / AA": a caption without its
# full stop, then a bar, a dash or a spaced slash and a picture agency's name alone (German, Spanish and Turkish pages
# print it so under the lead picture).
_CAPTION_BAR_AGENCY = re.compile(
    # (no bar in the caption: "Jo Lim | Bloomberg | Getty Images" is one credit's chain)
    rf"^(?P<caption>[^\s|]+(?:\s+[^\s|]+){{2,}}?)\s+(?:\||-|–|/)\s+(?P<credit>(?:{PICTURE_AGENCIES}|Efe|Ansa))\s*$"
)
# "Sultan Haitham of Oman in Muscat last month. AFP": one short caption sentence, then the picture agency's name
# alone after its full stop, as Gulf and Asian aggregators print a wire picture's caption.
_CAPTION_STOP_AGENCY = re.compile(
    rf"^(?P<caption>[A-Z][^.!?]{{10,250}}?[a-z0-9)]\.)\s(?P<credit>(?:{PICTURE_AGENCIES}|{WIRE_FULL_NAMES}))\s*$"
)


# "... Friday (31 October 2025). MindaNews photo by JO LIM": the outlet's own photographer after the caption's last
# sentence, the outlet and "photo by" its label (as "ST PHOTO: Jo Lim" gives "Jo Lim").
_OUTLET_PHOTO_BY = re.compile(
    rf"^(?P<caption>.*[.!?”\"’)])\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}(?:photos?|pic)\s+by\s+(?P<credit>{CAPITALISED_TO_THE_END})"
)
# A line that is only the outlet's own artwork: "Prothom Alo illustration", "ST graphic".
_OWN_ARTWORK = re.compile(r"^(?P<caption>)(?P<credit>(?:[A-Z][\w'’.-]*\s+){1,4}(?:illustration|graphics?|infographic))\s*\.?$")
# What a bracketed credit mentions that a bracketed aside in prose does not.
_PHOTO_SOURCES = re.compile(
    r"/|\b(?:getty|shutterstock|alamy|istock|unsplash|pexels|ap photo|epa|afp|reuters|pa wire|pa media|"
    r"bloomberg|sipa|rex|anadolu|xinhua|tass|handout|supplied|courtesy|file photo|photo|foto|image|picture|credit|"
    r"screengrab|screenshot|screen grab)\b",
    re.IGNORECASE,
)
_MAX_CREDIT_WORDS = 10
# Labels of the list that name no picture: a text's source, a video, a drawing (in brackets, "(Source: …)" is the
# story's provenance as often as a picture's)
_NO_PICTURE_LABELS = (*SOURCE_LABELS, "video", "graphic", "illustration", "artwork")
_CHAINED_LENGTH = 100  # a credit alone on its line, chained or not, is short
_CAPTION_ENDS = tuple(".!?”\"’)],:|–—/-。")  # what stands before a label after a caption, but for a lost full stop
_PICTURE_AGENCY = re.compile(r"(?i:foto|photo)\w*\s*/")  # "PRNewsfoto/Quaker Oats", "ANI Photo/PIB"
_PICTURE_WORD_AT_END = ("photo", "pic", "picture")
_CREDIT_TAIL = 90


_FILE_AFTER_A_DASH = re.compile(r"[-–—]\s+F(?:ILE|ile)")
_ANY_LABEL = re.compile(r"[CFIPSVBKZQŹΦФGA](?i:redit|ile|ot|hoto|ic|mage|llustration|ideo|ource|ourtesy|onte|uente|raphic|"
                        r"rtwork|ursa|r[ée]dit|ild|eeld|uva|dj|droj|uelle|ródł|ωτ|ото|rchi|rkiv|ambar|nimi|matge|creen|aptur)")
# ... and labels that would loosen that scan ("Mynd" as "Mic", "Not"), searched by _has_label_in_lower_case: those of
# scripts without capitals and Vietnamese's "Ảnh" (in a line that is not ASCII only)
_LABEL_WITHOUT_CAPITAL = re.compile(r"Ảnh|Снимка|צילום|صورة|الصورة|写真|照片|图|圖|사진|"
                                    # ... and those of the list in LABEL's first lines, which _ANY_LABEL misses
                                    r"Kép|Attēls|Ljósmynd|Görsel|Hình|Фотография|Світлина|Снимак|Сурет|Зураг|عکس|تصویر|"
                                    r"تصوير|مصور|फोटो|फ़ोटो|तस्वीर|छायाचित्र|ছবি|படம்|ఫోటో|ಫೋಟೋ|ഫോട്ടോ|ചിത്രം|ફોટો|ਫੋਟੋ|ภาพ|"
                                    r"ფოტო|Լուսանկար|ፎቶ|攝影|摄影|圖片|撮影")
# ... and the list's labels in ASCII capitals that _ANY_LABEL's first letters miss
_MORE_ASCII_LABELS = ("Immagin", "Slika", "Pilt", "Hoto", "Sawir", "Resim", "Valokuva", "Kuvaaja")

_LABEL_TAIL = 160
_ORIGIN_WORDS = re.compile(  # a character class first, as _ANY_LABEL: "Via", "Twitter", "X/", "Handout", "Archiv" ...
    r"[VvTXFIYLHSrGAU](?:ia |witter|/|acebook|nstagram|elegram|ikTok|ouTube|inkedIn|andout|ANDOUT|upplied|UPPLIED|cree|"
    r"ile photo|ILE PHOTO|chiv|quivo|etty|hutterstock|tock|lamy|nsplash|uente ext|onte ext|oto ext)"
)


def _may_end_with_an_origin(line: str) -> bool:
    """The quick test for _ORIGIN_WORD: its words near the line's end, the rarer ones by substrings ("Divulgação",
    "Reprodução", "Cortesía", "zVg", "Pressebild", "repertorio")."""
    tail = line[-_CREDIT_TAIL:]
    return bool(_ORIGIN_WORDS.search(tail)) or "ção" in tail or "ortes" in tail or "zVg" in tail or "bild" in tail \
        or "repert" in tail


def _has_label_in_lower_case(line: str) -> bool:
    """Polish "fot. X"; "Featured image: X", "Cover photo: X": the picture's word after a qualifier; a label in a
    script without capitals."""
    tail = line[-_LABEL_TAIL:]
    return "fot." in tail or "image:" in tail or "photo:" in tail or "picture:" in tail \
        or "Nuotr" in tail or "Mynd" in tail or "Larawan" in tail \
        or any(word in tail for word in _MORE_ASCII_LABELS) \
        or (not tail.isascii() and bool(_LABEL_WITHOUT_CAPITAL.search(tail)))


def _closes_with_a_bracket(line: str) -> bool:
    """The quick test for _BRACKETED: the line (stripped) ends with ")" or "]", perhaps with a full stop after it.
    (A search for the pattern's end tries it at every character of the line.)"""
    return (line[:-1].rstrip() if line.endswith(".") else line).endswith((")", "]", "）"))


def _may_end_with_a_credit_after_the_caption(line: str) -> bool:
    """The quick test for _AFTER_THE_CAPTION, by substrings (a regex search over every paragraph costs more)."""
    tail = line[-_CREDIT_TAIL:]  # the credit closes the line: its bar or dash stands near the end
    return "|" in tail or "—" in tail or "–" in tail or " -" in tail \
        or line.rstrip(". ").lower().endswith(_PICTURE_WORD_AT_END)


# The shapes of a credit, tried in turn: the pattern, whether its credit counts as labelled, and what the
# pattern cannot match without (a quick test that skips the slow pattern on ordinary prose): a label word
# (starting with a capital, as _LABELLED requires), a copyright mark, a closing bracket, ... (A table, not a
# dict keyed by pattern: hashing a compiled pattern hashes all its code.)
# A Chinese or Japanese caption closed by the photographer's name and "攝" (taken by): "...清理港口。林美攝",
# "...港の様子。山田太郎撮影".
_CJK_TAKEN_MARKS = ("攝", "摄", "撮影")
_CJK_TAKEN_BY = re.compile(r"^(?P<caption>.*[。!?！？」』)])\s*(?P<credit>[\u4e00-\u9fff]{2,5})(?:攝|摄|撮影)$")

_CREDIT_SHAPES = (
    # (one character class first, then the rest of any label: a quick scan, if a loose one, of the line's end only,
    # where the label stands before its credit of at most 120 characters)
    (_LABELLED, True, lambda line: _ANY_LABEL.search(line, max(0, len(line) - _LABEL_TAIL)) or _has_label_in_lower_case(line)),
    (_COPYRIGHT, True, re.compile(r"©|\([cC]\)|Copyright|Image copyright").search),
    (_CHAINED_LABELS, True, lambda line: line.count(":") >= 2 and len(line) <= _CHAINED_LENGTH),
    (_PICTURE_WORD_AND_NAME, True, lambda line: line[:1] in "PF" and len(line) <= _CHAINED_LENGTH),
    (_PICTURE_WORD_AND_NAME_CYRILLIC_GREEK, True, lambda line: line[:1] in "ФСΦ" and len(line) <= _CHAINED_LENGTH),
    (_SOURCE_FIRST, True, lambda line: line[:1] in _SOURCE_LABEL_INITIALS and ("," in line[:30] or "،" in line[:30])),
    (_BRACKETED, False, _closes_with_a_bracket),
    (_FILE_PICTURE, True, lambda line: ("File" in line or "FILE" in line) and _FILE_AFTER_A_DASH.search(line)),
    (_TRAILING_AGENCY, True, lambda line: "/" in line[-_CREDIT_TAIL:] or " - " in line[-_CREDIT_TAIL:]
        or " – " in line[-_CREDIT_TAIL:] or " — " in line[-_CREDIT_TAIL:] or line.endswith(("afp.com", "Getty Images"))),
    (_SLASH_THEN_AGENCY, True, lambda line: "/" in line[-_CREDIT_TAIL:]),
    (_NAME_COMMA_AGENCY, True, lambda line: ", " in line[-_CREDIT_TAIL:]),
    (_FILES_FIRST, True, re.compile(r"^[(\[].{2,30}?(?i:file|photo|pic)").search),
    (_NAME_AND_OUTLET, True, lambda line: "/" in line[-_CREDIT_TAIL:] or " | " in line[-_CREDIT_TAIL:]),
    (_ORIGIN_WORD, True, _may_end_with_an_origin),
    (_ORIGIN_ALONE, True, re.compile(rf"^(?:Handout|HANDOUT|Supplied|SUPPLIED|File|FILE|Fuente|Fonte|FUENTE|FONTE|"
                                      rf"{_HANDED_OUT_OR_SCREEN})").match),
    (_LOWER_CASE_LABEL_LINE, True, lambda line: line[:1] in "fpib" and len(line) <= _LOWER_CASE_LABEL_LINE_LENGTH),
    (_LIBRARY_ALONE, True, lambda line: len(line) <= _LIBRARY_LINE_LENGTH),
    (_DASH_ORIGIN, True, re.compile(r"\s[-–—]\s+(?:Divulga|Reprodu|Arquivo|Archivo|Difusi|Cortes)").search),
    (_OUTLET_PHOTO_BY, True, lambda line: " photo by " in line or " photos by " in line or " pic by " in line),
    (_OWN_ARTWORK, True, lambda line: "illustration" in line or "graphic" in line),  # in lower case, as the pattern has them
    (_DASH_AFTER_A_PICTURE, True, lambda line: "— " in line[-_CREDIT_TAIL:] or "– " in line[-_CREDIT_TAIL:]),
    (_AFTER_THE_CAPTION, True, _may_end_with_a_credit_after_the_caption),
    (_CAPTION_BAR_AGENCY, True, lambda line: " | " in line[-_CREDIT_TAIL:] or " - " in line[-_CREDIT_TAIL:]
        or " – " in line[-_CREDIT_TAIL:] or " / " in line[-_CREDIT_TAIL:]),
    (_CAPTION_STOP_AGENCY, True, lambda line: ". " in line[-_CREDIT_TAIL:] and line[-1:].isalpha()),
    (_CJK_TAKEN_BY, True, lambda line: line.endswith(_CJK_TAKEN_MARKS)),
)


@dataclass(frozen=True)
class CaptionCredit:
    caption: str
    credit: str
    labelled: bool  # an explicit "Photo:"/"Image:"/"©" marker, strong enough to trust anywhere
    bare: bool = False  # "Jane Doe/AFP" alone on its line: a credit under a caption, perhaps a byline elsewhere


# A picture viewer's button printed beside the credit: "Jo Lim/AP hide caption", "toggle caption Jo Lim/AP".
# A picture's word in brackets closing a credit, in any case: "Press Office / TASS (photo)", "(Фото)", "(Foto)".
_PICTURE_WORD_CLOSING = re.compile(rf"(?<=\S)\s*\((?i:photos?|fotos?|picture|image|{PICTURE_WORD_CYRILLIC_GREEK})\)$")
_CAPTION_BUTTON = re.compile(r"^(?:toggle|hide|show)\s+caption\s+|\s+(?:toggle|hide|show)\s+caption$", re.IGNORECASE)
# A wire's rights notice run on after a caption's credit in brackets: "... (AP Photo/Jo Lim) Copyright 2022 The
# Associated Press. All rights reserved." The bracketed credit is the picture's; the notice is the wire's.
_RIGHTS_NOTICE_AFTER_BRACKETS = re.compile(
    r"(?<=\))\s*(?:Copyright|©)\s*(?:\d{4}\s+)?[^()]{2,60}?\.\s*All\s+rights\s+reserved\.?$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # the head of a page asks about the same few lines many times
def split_credit(line: str) -> CaptionCredit | None:
    """Split "Caption text. Image: X/Agency" into caption and credit; None if no credit marker."""
    line, bare = line.strip(), False
    if "caption" in line:
        line = _CAPTION_BUTTON.sub("", line)
    if ") " in line and line.endswith((".", "reserved")):
        line = _RIGHTS_NOTICE_AFTER_BRACKETS.sub("", line)
    for pattern, labelled, may_match in _CREDIT_SHAPES:
        match = may_match(line) and pattern.match(line)
        if not match:
            continue
        caption = match["caption"]
        if pattern is _DASH_AFTER_A_PICTURE and not _shows_a_picture(caption):
            continue
        if pattern is _AFTER_THE_CAPTION:
            credit = (match["credit"] or match["credit2"] or match["credit3"]).strip()
            if match["credit2"] and (len(credit.split()) < 2 and "/" not in credit):
                continue  # "| Sam Reid" or "| Jane Doe/AFP": one word after a bar is a tag or a section
            if match["credit3"] and not OWN_PHOTO.search(credit):
                continue
        else:
            credit = match["credit"].strip() if pattern in (_FILE_PICTURE, _OWN_ARTWORK, _ORIGIN_WORD, _ORIGIN_ALONE,
                                                            _LIBRARY_ALONE, _FILES_FIRST,
                                                            _CAPTION_BAR_AGENCY, _DASH_ORIGIN, _DASH_AFTER_A_PICTURE) else \
                _PROVIDED.sub("", _LABEL_INSIDE.sub("", match["credit"].strip()).strip(" ."))
        if credit.endswith(")"):
            credit = _PICTURE_WORD_CLOSING.sub("", credit)  # "Press Office / TASS (photo)": the label, after
        if pattern is _COPYRIGHT and _PARTY_LETTER.search(line):
            continue  # "... Lars Larsson (C) till oppositionsråd": a party's letter after a name, no copyright sign
        if not credit or len(credit.split()) > _MAX_CREDIT_WORDS or re.search(r"https?://", credit) or _is_code(credit) \
                or ILLUSTRATIVE.fullmatch(credit.strip(" .")):
            continue
        if pattern is _LABELLED and re.sub(r"^[A-Z]{2,5}\s+", "", match["label"]).lower().startswith(SOURCE_LABELS) \
                and not caption and not _PICTURE_AGENCY.search(credit) and not _PICTURE_SOURCE_LABEL.search(match["label"]):
            continue  # "Source: ..." alone is a provenance line, not a photo credit ("Source: PRNewsfoto/X" is)
        if pattern is _LABELLED and not caption and (_describes_the_picture(credit, line)
                                                     or _reads_as_a_title(match["label"], credit, line)):
            continue
        if pattern is _LOWER_CASE_LABEL_LINE and not _credit_after_a_lower_case_label(match["joined"], credit):
            continue
        if pattern is _CHAINED_LABELS and any(len(piece.split()) > 3 for piece in credit.split(":")):
            continue  # "Photo: Jo Lim: the minister arrives at the summit": a sentence after the credit
        if pattern in (_PICTURE_WORD_AND_NAME, _PICTURE_WORD_AND_NAME_CYRILLIC_GREEK) \
                and not is_personal(credit.split(",")[0].strip(" .")):
            continue  # "Photo Gallery Night", "Pic Of The Day": no one's name
        if pattern is _LABELLED and caption and not caption.rstrip().endswith(_CAPTION_ENDS) and len(caption.split()) < 4 \
                and not ILLUSTRATIVE.search(caption) and not _UNSPACED_SCRIPT_AT_END.search(caption):
            continue  # "Text und Fotos: Jane Doe": a few words run into the label are the label's, no caption
            # ("Photo d'illustration / Crédit photo : Jo Lim" says what the picture is, then who took it)
        if pattern is _CAPTION_STOP_AGENCY and (_REPORTED.search(caption) or word_count(caption) > _CAPTION_MAX_WORDS):
            continue  # "... the ministry said. AFP": a story's sentence and its wire, no picture's caption
        if pattern is _TRAILING_AGENCY and not caption:
            if "/" not in credit or all(map(is_credit_agency, credit.split("/"))):
                continue  # "Jane Doe - Reuters" alone on its line is a byline as often as a credit; "Reuters/AFP" names sources
            labelled, bare = False, True
        if pattern is _BRACKETED:
            inside = match["credit"]
            if caption and _PLACE_IN_CAPITALS.match(caption):
                continue  # "SÃO PAULO, SP (UOL/FOLHAPRESS)": a dateline's place and agencies, no picture's
            label = _LABEL_INSIDE.match(inside.strip())
            if label and label.group(0).lower().startswith(SOURCE_LABELS) and not caption \
                    and not _PICTURE_AGENCY.search(inside):
                continue  # "(Source: Harbour News)" alone, as "Source: ..." alone: the story's provenance
            rights = bool(caption) and RIGHTS_AS_CREDIT.fullmatch(inside.strip()) is not None  # "... (rights reserved)"
            glued = _glued_to_the_sentence(line, caption, match.start("credit"), inside)
            # a picture's label in any language: "(Ảnh: TTXVN)", "(Фото: ТАСС)", "(사진=연합뉴스)", "（写真：共同）"
            pictured = label is not None and not label.group(0).lower().startswith(_NO_PICTURE_LABELS)
            if not _PHOTO_SOURCES.search(inside) and not pictured and not is_credit_agency(inside) \
                    and not _OUTLET_AND_NAME.match(inside) and not re.fullmatch(ORIGIN, inside.strip()) and not rights \
                    and not glued and not _capitals_after_a_caption(line, caption, inside):
                continue
            if not _PHOTO_SOURCES.search(inside) and not pictured and not is_agency_name(inside) and line.endswith(".") \
                    and not caption.rstrip().endswith((".", "!", "?")):
                continue  # "... the Emirates News Agency (WAM).": an acronym inside the sentence
            if _aside_with_a_slash(inside):
                continue  # "... (Stormy Daniels fronted Penthouse’s May/June issue).": a sentence's aside
            capitals = _NAME_IN_CAPITALS.search(caption) if is_credit_agency(inside) else None
            if capitals:  # "... on Monday LI WEI (EFE)": the photographer, in capitals, before the agency
                credit, caption = f"{capitals['name']} ({inside.strip()})", caption[: capitals.start("name")]
            # "(PTI Photo)", "(Supplied)", "(File photo)", "(Courtesy of Jo Lim)" name a picture as plainly as a label
            # does; an agency alone, "(AFP)", may close a wire's paragraph
            labelled = bool(rights or _LABEL_INSIDE.match(inside.strip()) or "/" in inside or re.search(r"getty|shutterstock|alamy|ap photo", inside, re.I)
                            or OWN_PHOTO.match(inside.strip()) or re.fullmatch(ORIGIN, inside.strip())
                            or _PROVIDED.match(inside.strip()))
        credit = _CJK_PICTURE_WORD.sub("", _PICTURE_WORD_SLASH.sub("", _without_stray_brackets(credit.replace("\u200b", ""))))
        # "– Foto: Polizia di Malta –": the dash closing the caption's frame; "Photo: Li Wei |": a table cell's bar;
        # "Fot. A / Reporter / East News /": a slash closing the credit's chain; "Foto: © Jo Lim": the sign after a label
        credit = credit.rstrip(" –—|/").lstrip("© ").strip()
        caption = tidy_caption(caption)
        if pattern is _LABELLED and not caption:
            credit, caption = _credit_before_caption(credit)
        return CaptionCredit(caption, credit, labelled, bare)
    return None


# A bracketed aside whose only mark of a credit is a slash between words ("May/June", "and/or") and that reads as a
# sentence: two or more words in lower case besides a credit's small words ("Jo Lim/for the Globe"), no spaced slash.
_CREDIT_SMALL_WORDS = frozenset("by via for and the of de da do del della di du des la le el von van für pour par con per "
                                "staff file archive".split())


def _aside_with_a_slash(inside: str) -> bool:
    if _PHOTO_SOURCES.search(inside.replace("/", " ")) or is_credit_agency(inside) or " / " in inside \
            or RIGHTS_AS_CREDIT.fullmatch(inside.strip()):
        return False  # "(Sumy Oblast military administration / Telegram)": a spaced slash chains a credit's sources
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", inside) if word[0].islower() and word.lower() not in _CREDIT_SMALL_WORDS]
    return len(words) >= 2


# "… authorities said.(Live 5 News)": a site that appends the picture's source to its caption, with no space after
# the sentence's full stop; a name's or an outlet's capitalised words in the brackets, no sentence's aside.
_GLUED_SOURCE = re.compile(r"[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,4}")


def _glued_to_the_sentence(line: str, caption: str, inside_at: int, inside: str) -> bool:
    return len(caption.split()) >= 4 and caption.endswith((".", "!", "?")) and line[inside_at - 2 : inside_at] in (".(", "!(", "?(") \
        and bool(_GLUED_SOURCE.fullmatch(inside.strip()))


# "(C)" before a word in lower case, with no "©" on the line: a Nordic party's letter after its member's name
# ("Lars Larsson (C) till ..."), or a list's item, no copyright sign before a credit.
_PARTY_LETTER = re.compile(r"^(?!.*©).*\([cC]\)\s+[a-zà-öø-ÿ]")
# "... à Suèvres (Loir-et-Cher). (MAXPPP)", "... Rome, 30 May 2018. (OSCE)": a name in capitals, in brackets, closing a
# caption's last sentence (one to three words, letters only); not a page's own label ("(VIDEO)", "(UPDATED)").
_CAPITALS_IN_BRACKETS = re.compile(rf"[{UPPER}][{UPPER}&'’.-]+(?:\s[{UPPER}][{UPPER}&'’.-]+){{0,2}}")
NO_CREDIT_IN_CAPITALS = frozenset("VIDEO VIDEOS PHOTO PHOTOS FOTO FOTOS GALLERY UPDATE UPDATED LIVE WATCH AUDIO LISTEN "
                                   "READ MORE OPINION ANALYSIS EXCLUSIVE BREAKING PODCAST INTERVIEW".split())


def _capitals_after_a_caption(line: str, caption: str, inside: str) -> bool:
    inside = inside.strip()
    return not line.endswith(".") and caption.rstrip().endswith((".", "!", "?")) and len(caption.split()) >= 4 \
        and bool(_CAPITALS_IN_BRACKETS.fullmatch(inside)) and not set(inside.split()) & NO_CREDIT_IN_CAPITALS


# "Photo/Li Wei", "[Photo/Xinhua]", "(foto Ansa)": the word for a picture is the label, as in "Photo: Li Wei" ("AP Photo/X" is kept whole).
# Chinese and Japanese picture words before the credit inside its brackets: "(攝影/REUTERS/Jo Lim)", "(摄影:李伟)",
# "(圖/中央社)", "(写真:共同)".
_CJK_PICTURE_WORD = re.compile(r"^(?:攝影|摄影|圖片|图片|照片|写真|撮影|圖|图)\s*[/／:：]\s*(?=\S)")
_PICTURE_WORD_SLASH = re.compile(r"^(?:(?i:photo|foto|pic|picture)\s?/\s?(?=\S)|(?i:photo|foto)\s+(?=[A-Z]))")  # "(foto Ansa)"


# "PHOTO: SAM REID A night bus at the depot.": a credit printed first, in capitals, runs into the caption.
_CAPITALS_THEN_CAPTION = re.compile(r"^(?P<credit>(?:[A-Z][A-Z'’.-]+\s+){1,4}[A-Z][A-Z'’.-]+)\s+(?P<caption>[A-Z](?:[a-z]|\s).{15,})$")


# "(ABC News: Jo Lim)", "(Supplied: Jo Lim)": who holds the picture, then who took it.
# ... or a broadcaster called by its channel's number: "(Source: 1News)", "(Picture: 9News)", "(Photo: 3AW)"
_NUMBERED_OUTLET = r"\d{1,2}[A-Z][\w'’.-]*"
_OUTLET_AND_NAME = re.compile(rf"^\s*{SEGMENT}:\s*(?:{SEGMENT}|{_NUMBERED_OUTLET})\s*$")
# "... on Monday LI WEI (EFE)": a name in capitals closing a caption in ordinary case.
_NAME_IN_CAPITALS = re.compile(r"(?<=[a-z.,])\s+(?P<name>(?:[A-Z][A-Z'’.-]+\s+){1,3}[A-Z][A-Z'’.-]+)\s*$")


def _credit_after_a_lower_case_label(joined: str | None, credit: str) -> bool:
    """After "foto", "pic from", "photo:" opening a line: a few words that name someone, not describe the picture;
    with the label bare ("foto LaPresse"), an agency or a photographer's name only."""
    words = credit.split()
    if len(words) > 4 or any(word.lower() in _DESCRIBING_WORDS for word in words):
        return False
    return bool(joined) or is_credit_agency(credit) or re.fullmatch(PHOTOGRAPHER_CLOSING, credit) is not None


def _credit_before_caption(credit: str) -> tuple[str, str]:
    match = _CAPITALS_THEN_CAPTION.match(credit)
    return (match["credit"], tidy_caption(match["caption"])) if match else (credit, "")


def _shows_a_picture(caption: str) -> bool:
    """A short text that speaks of a picture ("undated photo", "(left)") and reports no one's words."""
    return bool(_PICTURE_CUE.search(caption)) and not _REPORTED.search(caption) and word_count(caption) <= _CAPTION_MAX_WORDS


def _describes_the_picture(credit: str, line: str) -> bool:
    """A sentence after "Photo:", two words or more of it in lower case: the picture's caption, not its maker."""
    if not line.endswith(".") or "/" in credit or _CAPITALS_THEN_CAPTION.match(credit):  # "PHOTO: SAM REID A bus ..."
        return False
    lower = [word for word in credit.split() if word[:1].islower() and word.isalpha() and word not in _CREDIT_LOWER_WORDS]
    return len(lower) >= 2


_MEDIA_LABEL = re.compile(r"^(?:photos|fotos|videos?|gallery|audio)\W*$", re.IGNORECASE)


def _reads_as_a_title(label: str, credit: str, line: str) -> bool:
    """A clause after a label naming a kind of media ("PHOTOS:", "VIDEO:"), with no closing stop and three words or
    more of it in lower case: a gallery's or a video's headline ("PHOTOS: Traders clear stalls as river floods
    market"), not a maker's name."""
    if line.endswith(".") or "/" in credit or not _MEDIA_LABEL.match(label.strip()):
        return False
    lower = [word for word in credit.split() if word[:1].islower() and word.isalpha() and word not in _CREDIT_LOWER_WORDS]
    return len(lower) >= 3 or _title_after_a_media_label(credit)


_TITLE_MIN_WORDS = 5


def _title_after_a_media_label(credit: str) -> bool:
    """Five words or more after "VIDEO:" or "PHOTOS:", in title case or with a number among them: a title ("VIDEO:
    Extra Buses Sent Into North Valley", "Top 10 Harbour Stories of 2013"), not a maker's name ("Channel 4 News"),
    nor a name's mark ("/", "©") or a credit in capitals."""
    words = credit.split()
    if len(words) < _TITLE_MIN_WORDS:
        return False
    return any(word.isdigit() for word in words) or (
        all(word[:1].isupper() for word in words) and not credit.isupper() and "©" not in credit)


def _is_code(credit: str) -> bool:
    """A number, a date or an editor's code ("(4)", "[01/11/2015]", "(L/RE1)") is no credit."""
    return bool(re.search(r"\d", credit)) and not re.search(r"[^\W\d_]{3}", credit)


def tidy_caption(text: str) -> str:
    text = text.strip().rstrip("|–—-/,;:([").strip()
    half = len(text) // 2
    # the picture's alt text and caption run together on one line: "Officers at the gate. Officers at the gate."
    return text[:half] if len(text) % 2 and text[half] == " " and text[:half] == text[half + 1:] else text


def _without_stray_brackets(credit: str) -> str:
    """"(AP PHOTO/JO LIM)" printed after "©", "NTB/AP/Jo Lim)" whose opening bracket the caption kept: the credit alone."""
    if credit[:1] in "([" and credit[-1:] in ")]":
        credit = credit[1:-1]
    if credit.count("(") < credit.count(")") and credit.endswith(")"):
        credit = credit[:-1]
    return credit.strip()
