"""Countries named on pages in scripts the word matcher cannot read: Indic, Thai, Georgian, Armenian, Ethiopic, Arabic.

Every text here is invented for the test."""

import pytest

from articles.ingest.languages import page_language
from articles.ingest.tagged_text import tokens
from articles.ingest.tagging import Matcher, country_vocabulary, starter_vocabulary


@pytest.fixture(scope="module")
def matcher():
    return Matcher(country_vocabulary() + starter_vocabulary())


def countries(matcher, text, language=""):
    return {entity.iso_code for entity in matcher.tag(text, language).entities if entity.kind == "country"}


def lowered(text):
    return [word.lower() for word in tokens(text)[0]]


@pytest.mark.parametrize("text, declared, expected", [
    ("कल शहर में एक नई सड़क खोली गई और लोगों ने इसका स्वागत किया, सब बहुत खुश थे।", "", "hi"),
    ("काल शहरात एक नवीन रस्ता उघडला आणि लोकांनी त्याचे स्वागत केले, सगळे खूप आनंदी होते।", "mr", "mr"),
    ("আজ শহরে একটি নতুন রাস্তা খোলা হয়েছে এবং মানুষ খুব খুশি হয়েছেন বলে জানা গেছে।", "", "bn"),
    ("วันนี้มีการเปิดถนนสายใหม่ในเมืองและประชาชนต่างพากันมาร่วมงานอย่างมีความสุข", "", "th"),
    ("დღეს ქალაქში ახალი გზა გაიხსნა და ხალხი ძალიან კმაყოფილი დარჩა ამ ამბით.", "", "ka"),
    ("Այսօր քաղաքում նոր ճանապարհ բացվեց, և մարդիկ շատ գոհ էին այդ լուրից։", "", "hy"),
    ("ዛሬ በከተማው አዲስ መንገድ ተከፍቶ ሰዎች በጣም ተደስተዋል ሲሉ ተናግረዋል።", "", "am"),
    ("آج شہر میں ایک نئی سڑک کھولی گئی اور لوگوں نے اس کا خیرمقدم کیا، سب بہت خوش تھے۔", "", "ur"),
    ("Бүгін қалада жаңа жол ашылды және тұрғындар бұл жаңалыққа қатты қуанды деп хабарлады.", "", "kk"),
])
def test_the_language_of_a_page_is_told_by_its_script(text, declared, expected):
    assert page_language(lowered(text), declared) == expected


@pytest.mark.parametrize("text, expected", [
    # Hindi and Bengali, whose vowel signs are no word characters ("भारत" is no single \w run)
    ("कल भारत के मंत्री ने कहा कि चीन और रूस के साथ व्यापार पर बातचीत अगले महीने होगी।", {"IN", "CN", "RU"}),
    ("গতকাল ভারতের মন্ত্রী বলেছেন যে চীনের সঙ্গে বাণিজ্য নিয়ে আলোচনা আগামী মাসে হবে।", {"IN", "CN"}),
    # Thai, which writes no spaces between words
    ("เมื่อวานนี้รัฐมนตรีกล่าวว่าการเจรจาการค้ากับประเทศจีนและรัสเซียจะเกิดขึ้นในเดือนหน้า", {"CN", "RU"}),
    # Georgian's and Armenian's case endings glued to the name, Georgian's "-ი" dropped before them
    ("მინისტრმა განაცხადა, რომ რუსეთთან და ჩინეთში მოლაპარაკებები მომავალ თვეს გაიმართება.", {"RU", "CN"}),
    ("Նախարարը հայտարարեց, որ Ռուսաստանի և Չինաստանում բանակցությունները կանցկացվեն հաջորդ ամիս։", {"RU", "CN"}),
    # Amharic's prefixed "of" and "in"
    ("ሚኒስትሩ የኢትዮጵያ ልዑካን በቻይና ለሚካሄደው ድርድር በሚቀጥለው ወር እንደሚጓዙ ተናግረዋል።", {"ET", "CN"}),
    # Arabic's prefixed "and", "in" and "to the", and its adjective in "-ي"
    ("وقال الوزير إن المحادثات بالصين وروسيا ستجري الشهر المقبل، وإن الموقف المصري لم يتغير بعد.", {"CN", "RU", "EG"}),
    # the names the press gives a state that CLDR's formal ones miss, Urdu's adjective, Kazakh's cases
    ("وقال المتحدث إن بريطانيا سترسل وفدا إلى المنطقة الأسبوع المقبل لبحث الأزمة.", {"GB"}),
    ("ترجمان نے کہا کہ امریکی وفد اگلے ہفتے خطے کا دورہ کرے گا اور بات چیت کرے گا۔", {"US"}),
    ("Министр Қазақстанның АҚШ-пен келісімі туралы айтып, келесі айда кездесу болатынын хабарлады.", {"KZ", "US"}),
    # Japanese: a name in katakana is a whole run of it ("インド" is not in "インドネシア"); 米国, the everyday name
    ("首相は来月、米国とロシアの首脳と会談する予定だと述べた。インドネシアの代表も参加する見通しだ。", {"US", "RU", "ID"}),
])
def test_a_countrys_name_is_read_in_scripts_the_word_matcher_cannot_read(matcher, text, expected):
    assert countries(matcher, text) == expected


@pytest.mark.parametrize("text", [
    # Arabic "الهندسة" (engineering) begins with "الهند" (India), "مالي" is "financial"
    "وقال الخبير إن كلية الهندسة ستفتح قسما جديدا العام المقبل بعد دعم مالي كبير من الجامعة.",
    # Hindi "माली" (a gardener; Mali)
    "कल शहर के पार्क में माली ने नए पौधे लगाए और लोगों ने उसकी बहुत तारीफ की।",
    # Burmese "ဂျကာတာ" (Jakarta, a city CLDR names) holds "ကာတာ" (Qatar); Japanese "中国地方" is a region of Japan
    "ဝန်ကြီးသည် ယမန်နေ့က ဂျကာတာမြို့တွင် ကျင်းပသော အစည်းအဝေးသို့ တက်ရောက်ခဲ့ပြီး ပြန်လာခဲ့သည်။",
    "中国地方では週末にかけて大雨が続く見込みで、気象台が注意を呼びかけている。",
    # Persian "مالی" (financial)
    "وزیر گفت که بحران مالی شرکت‌ها در سال آینده با کمک بانک‌ها حل خواهد شد و مردم نگران نباشند.",
])
def test_a_countrys_name_that_is_an_everyday_word_or_begins_one_is_no_country(matcher, text):
    assert countries(matcher, text) == set()


@pytest.mark.parametrize("text, expected", [
    # Tamil's adjective of a name in "-ா": the name without it, alone or before a doubled consonant
    ("நேற்று அமெரிக்க தூதுவர் அமைச்சரைச் சந்தித்துப் பேசினார். இது ஒரு நீண்ட கூட்டம் ஆகும்.", {"US"}),
    ("நேற்று அமெரிக்கப் படைகள் வந்தன. இந்திய அமைச்சர் பேசினார். இது ஒரு நீண்ட கூட்டம் ஆகும்.", {"US", "IN"}),
])
def test_a_tamil_adjective_of_a_countrys_name_names_it(matcher, text, expected):
    assert countries(matcher, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Marathi (its "जपान", not Hindi's "जापान"), told by its small words on a page that declares no language
    ("मंत्री आज जपान दौऱ्यावर रवाना झाले आहेत आणि तेथे ते उद्योगांशी चर्चा करणार आहेत. हे दौरे महत्त्वाचे आहेत.",
     {"JP"}),
    # Nepali, its genitive "-को" on "भारत"
    ("मन्त्री भारतको भ्रमणमा छन् र उनले भेटवार्ता गरेको पनि बताए। यो भ्रमण महत्त्वपूर्ण छ।", {"IN"}),
])
def test_marathi_and_nepali_pages_are_told_from_hindi_by_their_small_words(matcher, text, expected):
    assert countries(matcher, text) == expected


def test_a_hindi_page_keeps_hindis_names(matcher):
    text = "प्रधानमंत्री आज जापान की यात्रा पर हैं और वहां वे कई नेताओं से मिलेंगे। यह यात्रा भी अहम है।"
    assert countries(matcher, text) == {"JP"}


def test_names_in_another_script_never_fire_on_a_page_in_another_language(matcher):
    text = "The minister said the talks in the capital would go on next month, and that the plan was ready."
    assert countries(matcher, text + " ไทย") == set()
