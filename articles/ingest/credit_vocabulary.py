"""The words picture credits are made of: the labels before a credit ("Photo:", "Foto:", "Image source,"), the
agencies and wires that sign pictures, the words for a picture's origin ("Handout", "Screenshot", "Divulgação"),
and the shapes of a name, a place or an outlet within a credit. credits.py and credit_lines.py build their
patterns from them.
"""

import re

from .byline_vocabulary import AGENCIES

LABEL = (
    # (the word for a picture, its photographer or its credit in more languages, from a list, not from pages: Italian,
    # South Slavic, Hungarian, Estonian, Latvian, Danish, Norwegian, Icelandic, Swahili, Hausa, Somali, Turkish,
    # Vietnamese, Finnish, German; Russian, Ukrainian, Serbian, Kazakh, Mongolian; Persian, Urdu, Arabic; Hindi,
    # Marathi, Bengali, Tamil, Telugu, Kannada, Malayalam, Gujarati, Punjabi; Thai, Georgian, Armenian, Amharic,
    # Chinese, Japanese)
    r"(?:immagin[ei]|slika|kép|pilt|attēls|billede|bilde|ljósmynd|picha|hoto|sawir|görsel|resim|hình|credit[oi]|"
    r"bildnachweis|fotonachweis|bildrechte|fotocredit|fotokredit|fotograf[oa]?|fotógrafa|photographe|valokuvaaja|kuvaaja|fotós|"
    r"фотография|світлина|снимак|сурет|зураг|عکس|تصویر|تصوير|مصور|फोटो|फ़ोटो|तस्वीर|छायाचित्र|ছবি|புகைப்படம்|படம்|ఫోటో|ಫೋಟೋ|ഫോട്ടോ|ചിത്രം|ફોટો|ਫੋਟੋ|"
    r"ภาพ|ფოტო|լուսանկար(?:ը)?|ፎቶ|攝影|摄影|圖片|撮影|"
    r"(?:photo|image|picture)\s+(?:credit|source|courtesy)|(?:(?:file|cover|featured|main|top|header|lead|hero)\s+)?"
    r"(?:photo(?:graph|graphy)?s?|image|images|picture|pic)|"
    # the page's lead picture: "Fotografía de portada:", "Imagen de portada:", "Foto de capa:", "Photo de couverture :"
    r"(?:foto(?:graf[íi]a)?|imagen|imagem|photo|image)\s+(?:de|da)\s+(?:portada|capa|couverture|une)|"
    # the credit of the picture: Spanish "Crédito de la foto:", "Crédito de imagen:", Portuguese "Crédito da foto:"
    r"cr[ée]ditos?\s+d[aeo]s?(?:\s+la)?\s+(?:foto(?:graf[íi]a)?s?|imagen|imagem)|"
    r"photo[- ]?illustration|illustration|video|fotos|foto['’]s|foto|credit|source|courtesy|graphics?|artwork|"
    # who took it: "Photographer: X", Spanish and Portuguese "Fotógrafo:", Dutch "Fotograaf:"
    r"photographer|fot[oó]grafo|fotograaf|"
    # a still taken from a screen: "Screenshot: X", "Screen grab:", "Capture d'écran :", "Captura de pantalla:"
    r"screen(?:shot|grab|\s+grab|\s+capture)|capture\s+d['’][ée]cran|captura\s+de\s+(?:pantalla|tela)|bildschirmfoto|"
    # the same labels in Europe's and the world's other languages: "Foto: X/dpa", "Crédit photo : X", "Bild: X",
    # "Fotó:", "Zdjęcie:", "Kuva:", "Φωτογραφία:", "Imagen:", "Créditos:", "Фото:", "Beeld:", "Fotoğraf:"
    r"cr[ée]dits?(?:\s+photos?)?|cr[ée]ditos?|fot[oó](?:graf(?:ía|ia|ie|ias|ij[ae]|oğraf)?)?|fotoğraf|fot\.|bild(?:quelle)?|"
    r"beeld|kuva|zdj[eę]ci[ea]|φωτογραφία|φωτό|φωτο|imagen|imagem|фото|"
    # a picture's source: "Quelle:", "Fonte:", "Fuente:", "Źródło:", "Sursa foto:", "Source photo :"
    r"(?:quelle|fonte|fuente|źródło|zdroj|sursa)(?:\s+(?:fot[oeó]|fotografi[ae]|zdj[eę]cia|imagine|imagen))?|source\s+photo|"
    # an archive picture's label: Dutch "Archieffoto:", German "Archivfoto:", "Archivbild:", Nordic "Arkivfoto:", "Arkivbild:"
    r"archieffoto|archiv(?:foto|bild)|arkiv(?:foto|bild)|"
    # ... and further afield: Lithuanian "Nuotr.", "Nuotrauka:", Icelandic "Mynd:", Croatian and Serbian "Snimio:",
    # "Snimila:", Czech "Zdroj foto:", Indonesian "Kredit foto:", Malay and Indonesian "Gambar:", Filipino "Larawan:",
    # Vietnamese "Ảnh:", Catalan "Imatge:", Bulgarian "Снимка:", Hebrew, Arabic, Japanese, Chinese, Korean; Chinese
    # "圖：", "图片来源：" (the picture's source)
    r"nuotr\.|nuotrauka|mynd|snimi[ol]a?|zdroj\s+foto|kredit(?:\s+foto)?|gambar|larawan|ảnh|imatge|снимка|"
    r"צילום|صورة|الصورة|写真|照片|图片来源|圖片來源|图源|圖源|图片|사진|圖|图)"
)
# A broadcaster's label before its picture's credit, the line's first words, with a comma: "Image source, Getty Images",
# and in its language services: Spanish, Portuguese, Swahili, Ukrainian and Russian, Serbian, Turkish, Korean, Hindi,
# Persian.
PICTURE_SOURCE_LABELS = (
    r"(?:image|photo|picture)\s+source|fuente\s+de\s+la\s+imagen|crédito|chanzo\s+cha\s+picha|автор\s+фото|"
    r"autor\s+fotografije|fotoğraf\s+kaynağı|kaynak|사진\s+출처|इमेज\s+स्रोत|منبع\s+تصویر"
)


# Words that name where a thing comes from, not who took the picture: alone, such a line is a provenance line.
SOURCE_LABELS = ("source", "quelle", "fonte", "fuente", "źródło", "zdroj", "sursa")


# An agency in capitals, the whole credit or the start of one: "ANP", "EPA-EFE/Jo Lim", "AFP, Jo Lim", "ANP - Jo Lim".
AGENCY_IN_CAPITALS = r"[A-Z]{2,}(?:-[A-Z]{2,})?(?:\s?[/,]|\s+[-–]|\s*\.?$)"
# A person's name of two to four words (Dutch, German, Italian, Spanish particles in lower case) closing the line.
PHOTOGRAPHER_CLOSING = r"[A-Z][\w'’-]+(?:\s+(?:(?:de|van|der|den|da|di|del|von|ten|ter|dos|das)\s+)*[A-Z][\w'’-]+){1,3}\s*\.?$"
CAPITALISED_TO_THE_END = r"[A-Z]\S*(?:\s+(?:(?:de|van|der|den|da|di|del|von|ten|ter|dos|das|for|via)\s+)*[A-Z]\S*){0,5}\s*\.?$"


UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"  # a capital, Latin letters with their accents included ("Łukasz", "Çağlar")
NAME_WORD = rf"[{UPPER}][\w'’.-]*"
# Agencies and picture desks that sign photographs worldwide, as printed after "Name/".
PICTURE_AGENCIES = (
    # (built from lists of the national news agencies and picture libraries, not from pages: Nordic, Italian, Latin
    # American, Iberian, East Asian, Arab, Eastern European and Balkan wires, photo agencies and free stock libraries)
    r"Lehtikuva|STT-Lehtikuva|Ritzau|MAXPPP|Maxppp|AGI|Adnkronos|Agenzia Nova|Notimex|Télam|Prensa Latina|Agência Brasil|Agencia Brasil|Andina|Agencia Uno|Cuartoscuro|Efe|Ansa|Agencia EFE|Agência Lusa|VNA|TTXVN|KCNA|Newsis|News1|Jiji Press|Kyodo News|Yonhap News|WAFA|Tasnim|RIA Novosti|Interfax|BelTA|Kazinform|Armenpress|TASR|LETA|ELTA|FENA|Infotag|Moldpres|Mediafax|Inquam Photos|Photonews|Hollandse Hoogte|Bildbyrån|TT Nyhetsbyrån|NTB Scanpix|Sportsfile|INPHO|Inpho|Hans Lucas|Panoramic|dts Nachrichtenagentur|epd|Kathpress|APA-Images|GEPA|Keystone-SDA|ANA-MPA|Eurokinissi|EUROKINISSI|Intime|Agencja Gazeta|East News|LightRocket|Pacific Press|Imaginechina|VCG|Visual China Group|IC Photo|AFLO|Aflo|PA MEDIA|PA Images|Pixabay|Pexels|Freepik|Depositphotos|Adobe Stock|123RF|Dreamstime|Flickr|Canva|Wikipedia|"
    r"AFP|AP|EPA|EPA-EFE|EFE|Reuters|Getty Images|Getty|PA|PA Wire|PA Media|ANP|DPA|dpa|picture alliance|Xinhua|TASS|"
    r"Sputnik|Anadolu|AA|Bloomberg|Shutterstock|Alamy|Pool|Telegram|Handout|ANSA|Belga|BELGA|PAP|ČTK|CTK|MTI|APA|Keystone|"
    r"KEYSTONE|TT|NTB|Ritzau Scanpix|Scanpix|Lehtikuva|Lusa|LUSA|Europa Press|SIPA|Sipa|Abaca|ABACA|Imago|IMAGO|Kyodo|LaPresse|"
    r"Jiji|Yonhap|Bernama|Antara|AAP|PTI|IANS|NurPhoto|ZUMA|Zuma|SOPA Images|REX|Rex|iStock|Unsplash|Wikimedia Commons|"
    # the Middle East's and Africa's state agencies: Saudi, Emirati, Qatari, Kuwaiti, Bahraini, Omani, Egyptian,
    # Iranian, Algerian, Moroccan, Tunisian, Syrian, Lebanese, Jordanian
    r"SPA|WAM|QNA|KUNA|BNA|ONA|MENA|IRNA|APS|MAP|TAP|SANA|NNA|Petra|AGERPRES|Agerpres|HINA|STA|BTA|Tanjug|Ukrinform|UNIAN|"
    # the same wires in their own scripts, as papers there print them: Chinese, Japanese, Korean, Russian and
    # Ukrainian, Arabic, Persian, Hindi (names that are also common words, "مهر", "فارس", "قنا", left out)
    r"新华社|新華社|中新社|中央社|路透社|法新社|美联社|美聯社|视觉中国|視覺中國|达志影像|達志影像|共同通信|共同|時事通信|時事|"
    r"ロイター|アフロ|연합뉴스|뉴스1|뉴시스|로이터|게티이미지|ТАСС|РИА Новости|Интерфакс|УНИАН|УНІАН|Укрінформ|Укринформ|"
    r"أ ف ب|أ\.ف\.ب|رويترز|الأناضول|وام|واس|كونا|سانا|ایرنا|ایسنا|تسنیم|पीटीआई|आईएएनएस|एएनआई"
)
# The wires by their full names, as member papers print them after the photographer: "Jo Lim — The Associated Press".
WIRE_FULL_NAMES = r"(?:The\s+)?Associated\s+Press|Agence\s+France[-\s]Presse|(?:The\s+)?Canadian\s+Press|(?:The\s+)?Press\s+Association"
SEGMENT = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}"  # a name: a photographer's, a place's, an outlet's
FILE_TAIL = r"(?:\s?/\s?(?i:file)(?:\s+(?i:photo))?|\s+(?i:file))?"  # "Name/AP/File", "REUTERS/Name/File Photo"
VIA = r"\s+via\s+(?:Reuters|REUTERS|Getty Images|AP|AFP)"


# The words that alone stand for a picture's origin, closing its caption: "... on Monday. Handout", "(Screengrab)".
_SOCIAL = r"(?:Twitter|X|Facebook|Instagram|Telegram|TikTok|YouTube|LinkedIn)"
# ... or a social network's post: "... on Monday. Twitter/@harbourbuses", "... Jo Lim via Facebook".
ORIGIN = (
    r"(?:Handout|HANDOUT|Supplied|SUPPLIED|Screengrab|Screenshot|Screen grab|"
    r"File photo|FILE PHOTO|Archive|Archives|Getty Images|Shutterstock|iStock(?:photo)?|Alamy|Unsplash|"
    # a file picture in other languages: "Foto de archivo", "Imagen de archivo", "Foto d'archivio", "Archivbild"
    r"(?:Foto|Imagen|Imagem|Photo)\s+(?:de|d['’])\s?(?:archivo|arquivo|archivio|archives)|Archivo|Arquivo|Archivbild|Archivfoto|"
    # a picture from outside the newsroom, unnamed: "... en un puesto de control. / Fuente externa."
    r"(?:Fuente|Fonte|Foto)\s+externa|"
    # ... or handed out, copied, lent ("Divulgação", "Reprodução/Instagram", "Cortesía", Swiss "zVg", "Pressebild"), a
    # file picture ("Immagine di repertorio", "Photo d'archives AFP"); an illustrative one names no credit (ILLUSTRATIVE)
    r"Divulgação|Reprodução|Cortes[ií]a|zVg|Pressebild|"
    r"(?:Foto|Imagen|Imagem|Immagine)\s+d[ie]\s+repert[oó]rio|"
    rf"(?:Photo\s+d['’]archives?|Archives)(?:\s+(?:{PICTURE_AGENCIES}))?)"
    rf"(?:\s?/\s?[\w@.'’ -]{{1,40}})?|{_SOCIAL}\s?/\s?@?[\w.]{{2,40}}|{SEGMENT}\s+(?i:via)\s+{_SOCIAL}"
)


# What a label says of the picture instead of naming its maker: "(Foto Referencial)", "Photo: illustrative".
ILLUSTRATIVE = re.compile(r"referencial|ilustrativ[ao]|illustrative|representational|d['’]illustration|de\s+referencia|"
                           r"symbolbild|symbolfoto|stock\s+(?:image|photo|picture)s?", re.IGNORECASE)


WIRES = r"AFP|AP|Reuters|REUTERS|EPA|EPA-EFE|Xinhua|XINHUA|ANSA|DPA|dpa|Kyodo|KYODO|Yonhap|YONHAP|Bernama|BERNAMA|" \
         r"Antara|ANTARA|PTI|ANI|IANS|TASS|Sputnik|Anadolu|AA|Getty Images|Shutterstock"


# Agencies that sell pictures only: "Jane Doe/Ritzau Scanpix" alone on its line is a credit, never a byline.
# (and the free and stock libraries: "Unsplash", "Pexels", "Pixabay", "Wikimedia Commons", "Freepik", "Adobe Stock")
PICTURE_LIBRARIES = (
    r"(?:scanpix|getty\s+images|picture[- ]alliance|shutterstock|alamy|lehtikuva|istock(?:photo)?|imago|zuma(?:\s+press)?|"
    r"abaca(?:press)?|nurphoto|sopa\s+images|hollandse\s+hoogte|bildbyr[åa]n|east\s+news|unsplash|pexels|pixabay|"
    r"wikimedia\s+commons|freepik|depositphotos|dreamstime|adobe\s+stock)"
)
_PICTURE_ONLY_AGENCY = re.compile(rf"{PICTURE_LIBRARIES}\s*\.?$", re.IGNORECASE)


def sells_pictures_only(credit: str) -> bool:
    """Whether the credit ends with an agency that sells pictures, never stories ("Jane Doe/Ritzau Scanpix")."""
    return bool(_PICTURE_ONLY_AGENCY.search(credit))


# "Bernama photo", "Reuters pic", "SN file photo": the credit's name comes first, the word for a picture last.
OWN_PHOTO_WORDS = r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:(?i:file)\s+)?(?i:photo|pic|picture)"
OWN_PHOTO = re.compile(rf"^{OWN_PHOTO_WORDS}$")  # "Kyodo Photo" too


_AGENCY_ALONE = re.compile(rf"(?:{PICTURE_AGENCIES})")


def is_credit_agency(text: str) -> bool:
    """A wire or picture agency's name, alone: "(Yonhap)", "(SPA)"."""
    return is_agency_name(text) or bool(_AGENCY_ALONE.fullmatch(text.strip(" .")))


def is_agency_name(text: str) -> bool:
    return text.strip(" .").lower() in AGENCIES
