"""The notices a site writes about itself as prose, which are never the story: a cookie banner, a paywall's offer,
a plea for members or for the site's ads, in any of the common languages (:func:`is_site_notice`)."""

import re

from .scanning import word_count

_NOTICE = re.compile(
    r"\bcook(?:ies?|ie-\w+)\b.*\b(?:accept|consent|privacy|policy|settings|preferences|partners|akzeptier|zustimm|"
    r"einwillig|datenschutz|einstellungen|accepte|consentement|confidentialit|param[èe]tr|acept|consentimiento|"
    r"privacidad|configuraci|accett|consenso|informativa|aceit|consentimento|privacidade|toestemming|accepteer|"
    r"zgod|akceptuj)|"
    r"\b(?:accept|akzeptier|accepte|acept|accett|aceit)\w*\b.*\bcook(?:ies?|ie-\w+)\b|"
    r"\b(?:already\s+a\s+(?:subscriber|member)|d[ée]j[àa]\s+abonn[ée]|bereits\s+abonnent|"
    r"ya\s+(?:eres|soy)\s+suscriptor|sei\s+gi[àa]\s+abbonato|j[áa]\s+[ée]\s+assinante|al\s+abonnee)|"
    r"\b(?:subscribe|subscription|abonnez-vous|abonnement|abonnieren|abo\b|suscr[íi]b|suscripci[óo]n|abbonati|"
    r"abbonamento|assine|assinatura)\b.*\b(?:to\s+(?:continue|read|access|keep\s+reading)|unlimited|"
    r"pour\s+(?:lire|continuer|acc[ée]der)|illimit|weiterlesen|unbegrenzt|para\s+(?:seguir|continuar|leer)|"
    r"ilimitad|per\s+(?:continuare|leggere)|senza\s+limiti|€|£|\$)|"
    r"\bto\s+(?:continue|keep)\s+reading\b.*\bsubscri|"
    r"\b(?:become\s+a\s+(?:member|subscriber|supporter)|support\s+(?:our|quality|independent)\s+[\w\s,]{0,30}"
    r"journalism|help\s+fund\s+our)\b|"
    # a plea about advertising: "By allowing ads to appear on this site, you support …", "… blocked by your ad
    # blocker", "Please disable your ad blocker"
    r"\bby\s+allowing\s+ads\b|\bblocked\s+by\s+(?:your\s+)?ad[\s-]?block|\b(?:disable|turn\s+off|pause)\s+(?:your\s+)?"
    r"ad[\s-]?block|\bwhitelist\w*\s+(?:us|our\s+site|this\s+site)\b",
    re.IGNORECASE,
)
_MAX_NOTICE_WORDS = 80


def is_site_notice(unit: str) -> bool:
    """A cookie banner, a paywall's offer, a plea for members or for the site's ads, in any of the common languages."""
    if word_count(unit) > _MAX_NOTICE_WORDS:
        return False
    folded = unit.casefold()  # the words every notice holds, looked for before the slower pattern
    return (any(key in folded for key in _NOTICE_KEYS) and bool(_NOTICE.search(unit))) or is_donation_appeal(unit)


# A plea for money in the page's own voice: "Support Free & Independent Journalism", "Contribute as little as ₹ 200 a
# month and become a champion of free press", "Donate $5 a month to keep us going"
_APPEAL = re.compile(
    r"\bsupport\s+(?:free|fearless)\b[\w\s,&]{0,30}\bjournalism\b|"
    r"^\W*(?:please\s+)?(?:contribute|donate)\b[^.!?]{0,40}\b(?:a|per|every)\s+month\b"
)


def is_donation_appeal(text: str) -> bool:
    """The page's plea for money (:data:`_APPEAL`), in a heading or a sentence of its own."""
    folded = text.casefold()
    return ("journalism" in folded or "month" in folded) and bool(_APPEAL.search(folded))


_NOTICE_KEYS = ("cook", "subscri", "abonn", "suscri", "abbona", "assin", "already", "déjà", "deja", "bereits",
                "ya ", "sei gi", "member", "supporter", "journalism", "fund our", "abo", "allowing ads", "ad block",
                "adblock", "ad-block", "whitelist")
