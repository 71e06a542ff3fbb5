"""A light Arabic stemmer for search: attached proclitics and the article come off, under length rules.

Arabic writes the conjunctions و ف, the prepositions ب ك ل and the article ال as part of the
next word (``وبالكرملين`` = و + ب + ال + كرملين). Search must see through them, but a stemmer
that removes any leading و/ب/ك/ل/ف also cuts letters that belong to the word and makes
*false friends*: ``كتاب`` is not ك + تاب, ``لبنان`` is not ل + بنان, ``كمال`` is not ك + مال.

What the references do
    Lucene's ``ArabicStemmer`` removes only ال وال بال كال فال لل (keeping 2 letters) and a lone و
    (keeping 3); it never removes a lone ب ك ل ف. The Snowball Arabic stemmer removes ال لل when
    3 letters stay, بال كال when 3 stay, a lone و ف or ب when 3 stay and the next letter is not
    a bare alef (``واحد``، ``فاز``، ``باريس`` keep their first letter), and has lone ك/ل disabled
    ("cause confusion"). Snowball decides on the text *before* hamza folding, so ``ألمانيا``
    (hamza) is never ال + مانيا. Both strip suffixes too; we do not (names such as ``بوتين``
    would lose ``ين``; plurals are a different feature).

The rules chosen here (on the word with vowel marks and tatweel removed but hamza kept,
see :func:`editor_app.core.arabic_normalize.light_normalize`)
    1. Order: an optional conjunction (و ف), then an optional preposition (ب ك ل), then an
       optional article (ال; ل + ال is written لل). Every stage is optional, so ``وبالكرملين``
       gives ``بالكرملين``, ``الكرملين`` and ``كرملين``.
    2. The article (ال, and the ال of وال فال بال كال, and لل) comes off when at least
       :data:`MIN_AFTER_ARTICLE` (3) letters stay — ``الله``، ``الذي``، ``التي``، ``الآن`` stay whole
       (``له``، ``ذي``، ``تي``، ``ان`` are words of their own). ``أل``/``إل``/``آل`` is never the article
       (``ألمانيا``، ``إلغاء``، ``آلاف``).
    3. A lone و ف ب comes off when at least :data:`MIN_AFTER_LETTER` (3) letters stay
       (``ولد``، ``بلد``، ``فرد`` stay whole); a lone ك or ل only when at least :data:`MIN_AFTER_KAF_LAM`
       (4) stay: a four-letter word that starts with ك or ل is not ك/ل + three letters
       (``كتاب``، ``كبير``، ``كلام``، ``كمال``، ``لقاء``، ``لجنة``).
    4. Before a bare alef (``ا``/``ٱ``, not ``أ``/``إ``) a lone letter comes off only when at least
       :data:`MIN_BEFORE_ALEF` (5) letters stay: ``واحد``، ``والي``، ``وافق``، ``فاز``، ``باريس``، ``وارسو``
       keep their first letter, while ``واستخدام``، ``والكرملين`` (و + الكرملين) lose it. The same rule
       read with rule 2 means و/ف/ب/ك + ال needs three letters after the article.
    5. Words in :data:`PROTECTED` are never cut, and nothing is cut from a remainder that is one
       (``وبريطانيا`` → ``بريطانيا``, never ``ريطانيا``). They are common words and names whose first
       letters look like a proclitic and whose remainder is a word or a likely query
       (``وزير``/``زير``، ``لبنان``/``بنان``، ``ورقة``/``رقة`` (الرقة)، ``فرنسا``، ``بريطانيا``…).
       Like Lucene's stem-exclusion set, the list is part of the algorithm: changing it changes
       :data:`STEMMER_VERSION`, and stores are reindexed.
    6. Only Arabic words are stemmed; Latin words and digits are left as they are.

:func:`stems` gives every remainder (the word itself not included), folded like the index.
The search index holds the words in their own columns and these stems in separate columns;
a query word matches a stored word when the two share a form (see storage/search_index.py).
"""

from __future__ import annotations

from functools import lru_cache

from editor_app.core.arabic_normalize import fold_letters
from editor_app.core.stem_version import STEMMER_VERSION as STEMMER_VERSION  # bump it there

MIN_AFTER_ARTICLE = 3
MIN_AFTER_LETTER = 3
MIN_AFTER_KAF_LAM = 4
MIN_BEFORE_ALEF = 5

CONJUNCTIONS = "وف"
PREPOSITIONS = "بكل"
BARE_ALEF = "اٱ"
_ARTICLES = ("ال", "ٱل")

# Folded forms (as the index stores them: ة → ه, ى → ي, hamza forms → bare letters).
PROTECTED: frozenset[str] = frozenset(fold_letters(w) for w in """
وزير وزيرة وزراء وزارة وزارات ورقة ورقه ورق وسام وسائل وسيلة وكالة وكالات ولاية ولايات وحدة وحدات
وفاة وفد وفود وطني وطنية وثيقة وثائق والي ولاة وليد وائل وفاء وفيق وديع وجدي وهبي ولي وحيد
فرنسا فرنسي فرنسية فلسطين فلسطيني فلسطينية فنزويلا فنلندا فيتنام فيينا فيلم فيلق فريق فرصة فصيل
فتاة فتوى فندق فيروس فرج فهمي فيصل فؤاد فريد فارس
بريطانيا بريطاني بريطانية بلجيكا بولندا بلغاريا بنغلاديش بوروندي بنما بيرو بوليفيا برلين بيروت
بغداد بكين بوتين بايدن بيان بيانات برلمان بنك بنوك بحرين بلدية بطولة بحيرة بيئة برنامج بورصة
بلير بوش بكر بشار بشير بدر بسام بهاء
لبنان لبناني لبنانية ليبيا ليبي لندن لاهاي لشبونة لاتفيا ليتوانيا لوكسمبورغ لجنة لجان لقاء لواء
لاعب لاعبين لحظة لبيد لمياء لؤي ليلى لطفي
كندا كوبا كوريا كينيا كييف كرواتيا كولومبيا كازاخستان كوسوفو كرسي كتاب كتب كتيبة كلية كمال كريم
كامل كبير كثير كلام كنيسة كارثة كهرباء
ألمانيا ألماني ألمانية ألبانيا ألعاب إلغاء
بيلاروسيا بريجوزين فلاديمير لوكاشينكو ألكسندر فولوديمير فيكتور بنيامين ليندسي بيتر بول لافروف
فبراير فيديو فيسبوك واشنطن
""".split())


def _is_arabic(word: str) -> bool:
    return bool(word) and "\u0600" <= word[0] <= "\u06ff"


def _letter_ok(letter: str, rest: str) -> bool:
    """May a lone conjunction or preposition ``letter`` come off, leaving ``rest``? (rules 3 and 4)"""
    minimum = MIN_AFTER_KAF_LAM if letter in "كل" else MIN_AFTER_LETTER
    if rest[:1] in BARE_ALEF:
        minimum = max(minimum, MIN_BEFORE_ALEF)
    return len(rest) >= minimum


def _strip(word: str, stage: int, out: list[str]) -> None:
    """Collect the remainders of ``word`` (light form); ``stage`` 0: a conjunction may come next,
    1: a preposition, 2: the article, 3: nothing."""
    if fold_letters(word) in PROTECTED:
        return
    first = word[:1]
    if stage == 0 and first in CONJUNCTIONS and _letter_ok(first, word[1:]):
        out.append(word[1:])
        _strip(word[1:], 1, out)
    if stage <= 1 and first in PREPOSITIONS:
        if _letter_ok(first, word[1:]):
            out.append(word[1:])
            _strip(word[1:], 2, out)
        if first == "ل" and word.startswith("لل") and len(word) - 2 >= MIN_AFTER_ARTICLE:
            out.append(word[2:])  # ل + ال: the article's alef is not written
    if stage <= 2 and word.startswith(_ARTICLES) and len(word) - 2 >= MIN_AFTER_ARTICLE:
        out.append(word[2:])


@lru_cache(maxsize=131072)
def stems(word: str) -> tuple[str, ...]:
    """The word's remainders without each proclitic sequence the rules allow, folded, longest first;
    never the word itself. ``word`` is one token of :func:`light_normalize`'d text (hamza kept).

    ``وبالكرملين`` → ``('بالكرملين', 'الكرملين', 'كرملين')``; ``للجنة`` → ``('لجنه', 'جنه')``
    (ل + اللجنة and ل + الجنة are both spelt this way); ``كتاب`` → ``()``.
    """
    if not _is_arabic(word):
        return ()
    found: list[str] = []
    _strip(word, 0, found)
    own = fold_letters(word)
    seen: dict[str, None] = {}
    for form in found:
        folded = fold_letters(form)
        if folded != own:
            seen[folded] = None
    return tuple(sorted(seen, key=len, reverse=True))


def forms(word: str) -> tuple[str, ...]:
    """The word (folded) followed by its :func:`stems`: what a query word is looked up by."""
    return (fold_letters(word), *stems(word))
