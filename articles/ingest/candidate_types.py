"""What kind of thing a candidate name is: a person, an organization, a place, a facility or an event.

A name is typed by its shape and the gazetteer: a known city or region is a place (with its country), a name ending
in "Palace", "Dam" or "House" a facility, in "Summit" or "Games" an event, in "Council" or "Party" an organization,
and so is one opening with such a word where the language puts it first ("Ministerio de Salud", "Piazza del
Carmine") and one closing with a legal form ("Publimedia Srl"); any other is a person. Its context then retypes
a name the text writes after "the" each time ("the Awami League said") as an organization.

``candidates`` finds the names and reads the kinds' words too: an organization's last word inside a run of
capitalised words ends what came before it ("Crime Branch Shashi Kumar Meena").
"""

from __future__ import annotations

import re

from . import gazetteer
from .person_names import known_name_words, starts_with_region
from .vocabulary import fold_diacritics

ORGANIZATION_ENDINGS = frozenset(
    """council ministry party agency bank union organisation organization committee company inc ltd llc plc corp
    corporation university group commission court fund forum institute association federation foundation
    authority office department service services board alliance movement front army navy force forces
    post times journal news herald daily press tribune media radio television airlines airways holdings branch
    bureau police unit squad network society trust coalition parliament senate assembly congress cabinet
    secretariat directorate division club college academy rescue ambulance brigade""".split()
)
FACILITY_ENDINGS = frozenset(
    """house palace dam bridge airport stadium hospital square tower towers hotel prison mosque church cathedral
    temple station port base museum hall centre center building camp roundabout street road avenue highway
    market mall plant refinery mine crossing terminal arena embassy
    hwy rd st ave blvd boulevard motorway freeway expressway parkway pier wharf quay jetty""".split()
)
EVENT_ENDINGS = frozenset(
    """war summit games olympics olympiad cup championship championships festival conference election elections
    expo revolution massacre uprising talks marathon awards tournament""".split()
)
PLACE_ENDINGS = frozenset(
    """city province state county district region island islands mountains valley river lake coast bay peninsula ocean sea gulf
    strait desert delta town village governorate oblast prefecture
    creek beach harbour harbor falls mountain canyon glacier reef atoll""".split()
)
# A saint's name opening a name is a town's, in the Romance languages ("San Andres", "Santa Rosa", "São Tomé"), not
# a person's; a town too small for the gazetteer is still a place.
SAINT_PLACE_WORDS = frozenset("san santa santo sao sant".split())
# ... and so does a feature's word ("Mount Nebo", "Lake Tana", "Cape Coast", "Fort Portal").
FEATURE_PLACE_WORDS = frozenset("mount mt lake cape fort".split())
# "Bundaberg South", "Kampala Central": a part of a known place, named after it.
COMPASS_AFTER_PLACE = frozenset("north south east west central".split())
ALL_ENDINGS = ORGANIZATION_ENDINGS | FACILITY_ENDINGS | EVENT_ENDINGS | PLACE_ENDINGS
# Where the word for the kind opens the name -- the Romance languages, Indonesian, and English "Ministry of ..." --
# ("Ministerio de Salud", "Polícia Federal", "Piazza del Carmine", "Lago di Garda"): written without accents.
ORGANIZATION_OPENINGS = frozenset(
    """ministry ministerio ministero ministere ministerie department departamento banco banca banque policia polizia
    guardia garda gendarmerie agencia agenzia agence conselho consejo consiglio conseil partido partito partai
    ordem congreso congresso asamblea assemblea assemblee assembleia universidad universita universite universidade
    universiteit universitas instituto istituto institut fundacion fondazione fondation fundacao associacao
    asociacion associazione tribunal tribunale senado senato gobierno governo gouvernement comision commissione
    comissao sindicato sindacato syndicat federacion federazione federacao confederacion compania compagnia
    companhia grupo gruppo secretaria ejercito esercito exercito fuerzas forze forcas comite comitato frente
    kementerian badan dinas pemerintah polres polda polri
    daily radio diario movimento movimiento mouvement presidencia presidence defensoria prefeitura alcaldia
    municipalidad fiscalia procuraduria contraloria ayuntamiento escola escuela colegio liceo lycee corte defensa
    batalhao batallon battaglione""".split()
)
FACILITY_OPENINGS = frozenset(
    """piazza piazzale via viale corso plaza calle avenida rua praca ponte puente aeroporto aeropuerto aeroport
    stazione estacion hospital ospedale hopital clinica museo musee museu palazzo palacio palais estadio stadio
    stade igreja iglesia chiesa eglise catedral cattedrale castello castillo chateau casa teatro biblioteca
    consulado embajada ambasciata""".split()
)
PLACE_OPENINGS = frozenset("lago lac isla isola ilha fiume valle golfo provincia regione distrito municipio".split())
# Used for the type only (they do not cut a run as ORGANIZATION_ENDINGS do): a body's last word in English
# ("... Government", "... League", "... Corps", "... TV", a newspaper's "... Courier"), Hindi ("Lok Sabha"),
# Turkish, whose possessive ending closes the name ("... Belediyesi", "... Bakanlığı"), and the Germanic languages
# ("... Universitet"); folded.
ORGANIZATION_TYPE_ENDINGS = ORGANIZATION_ENDINGS | frozenset(
    """government administration command corps guard guards league brotherhood democrats conservatives republicans
    liberals socialists tv fm magazine gazette gazeta newswire investments industries healthcare enterprises school
    courts commissionerate sabha parishad samiti sangh ajansi belediyesi bakanligi partisi meclisi universitesi
    idaresi baskanligi mudurlugu valiligi universitet universitat universiteit ministerium partei zeitung stiftung
    verband hochschule
    courier express observer chronicle telegraph examiner inquirer monitor sentinel bulletin dispatch insider
    nieuws noticias shimbun shimpo dagblad diario hotels contractors trading units team intelligence project
    international enterprise fighters""".split()
)
FACILITY_TYPE_ENDINGS = FACILITY_ENDINGS | frozenset("jail hastanesi havalimani".split())
# A company's or a club's legal form, as written, closing or opening its name ("Publimedia Srl", "Siemens AG",
# "FC Porto", "Arsenal FC").
CORPORATE_MARKS = frozenset("SA AG AB ASA NV BV SpA Srl SRL GmbH LLP Pty Bhd Tbk Oyj SAS SARL FC AFC CF".split())
CLUB_OPENINGS = frozenset("FC AC AS SS SC CD CF SV VfB VfL AFC".split())


def suggested_kind(key: tuple[str, ...], name: str) -> tuple[str, str]:
    """``(kind, country)`` for a candidate from its folded words and its name as written."""
    place = gazetteer.lookup(name)
    if place is not None:
        return "place", place.country
    if len(key) >= 2 and starts_with_region(name):  # "Northern Saskatchewan": a region of a known place
        rest = name.split(None, 1)[-1]
        region = gazetteer.lookup(rest)
        if region is not None:
            return "place", region.country
        if gazetteer.place_key(rest) in gazetteer.state_names():
            return "place", ""
    last = key[-1]
    first = fold_diacritics(key[0]) if len(key) >= 2 else ""
    if first in ORGANIZATION_OPENINGS:
        return "organization", ""
    if first in FACILITY_OPENINGS:
        return "facility", ""
    if first in PLACE_OPENINGS:
        return "place", ""
    if last in FACILITY_TYPE_ENDINGS:
        return "facility", ""
    if last in EVENT_ENDINGS or any(word.isdigit() and len(word) == 4 for word in key):
        return "event", ""
    if last in ORGANIZATION_TYPE_ENDINGS or _closes_with_an_acronym(name) or _has_a_corporate_mark(name):
        return "organization", ""
    if last in PLACE_ENDINGS or (len(key) >= 2 and key[0] in SAINT_PLACE_WORDS | FEATURE_PLACE_WORDS):
        return "place", ""
    if len(key) >= 2 and last in COMPASS_AFTER_PLACE:
        part_of = gazetteer.lookup(name.rsplit(None, 1)[0])
        if part_of is not None:
            return "place", part_of.country
    return "person", ""


_ROMAN_NUMERAL = re.compile(r"[IVXL]+")


def _closes_with_an_acronym(name: str) -> bool:
    """"Alberta RCMP", "Lagos NUJ": a body's initials close the name -- not a surname printed in capitals ("Jean
    DUPONT", a known name or a longer word), a name all in capitals, a reign's number ("Mohammed VI") or a pair of
    initials closing a person's name as South India writes it ("Ravindra PN")."""
    last = name.split()[-1]
    return (3 <= len(last) <= 5 and last.isupper() and last.isalpha() and not name.isupper()
            and not _ROMAN_NUMERAL.fullmatch(last) and last.lower() not in known_name_words())


def _has_a_corporate_mark(name: str) -> bool:
    """"Publimedia Srl", "FC Porto"; two capitals after a known given name are her initials ("Lakshmi SA")."""
    words = name.split()
    if len(words) < 2:
        return False
    if words[-1] in CORPORATE_MARKS:
        return len(words[-1]) > 2 or words[-2].lower() not in known_name_words()
    return words[0] in CLUB_OPENINGS


def retype_bodies_written_after_the(found, after_the) -> None:
    """"the Awami League said": a name written after "the" each time, once not before a noun, is not a person's --
    unless a word of it is in the known-names list ("the Joe Biden administration", "the Amina Diallo we knew")."""
    known = known_name_words()
    for key, (times, alone) in after_the.items():
        candidate = found.get(key)
        if candidate is not None and candidate.suggested_kind == "person" and not known.intersection(key) \
                and times == candidate.mentions and alone:
            candidate.suggested_kind = "organization"


# What may follow a body's name where a person's name qualifying a noun would have the noun ("the Idi Amin regime").
_AFTER_A_BODYS_NAME = frozenset(
    """said says has had have is was are were will would could can and or of in on at to for from with which that who
    announced reported also after by""".split()
)


def qualifies_a_noun(text, words, starts, ends, last) -> bool:
    """Whether the name whose last token is ``last`` stands before a noun, as a person's name may ("the Idi Amin
    regime"); read by ``candidates`` at each mention after "the"."""
    following = last + 1
    return following < len(words) and text[ends[last] : starts[following]] in (" ", "'", "\u2019") \
        and (words[following].islower() and words[following] not in _AFTER_A_BODYS_NAME or words[following] == "s")
