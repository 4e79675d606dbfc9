"""The document object that flows through the pipeline.

Like a spaCy Doc, a :class:`Report` carries its text and every annotation as a
character span into that text; each stage reads what earlier stages added and adds
its own. Offsets always point into ``Report.text`` (the normalised text we store),
so any fact can be sliced back to its source.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

# The nine contract entity classes (ontology/edukg.ttl); subclasses such as
# "Kindergarten" are allowed as Mention.type and map to their parent via PARENT_CLASS.
ENTITY_CLASSES = ("School", "University", "GovernmentAgency", "Organization", "Person",
                  "Place", "Initiative", "Event", "Document")
PARENT_CLASS = {
    "Kindergarten": "School", "PrimarySchool": "School", "SecondarySchool": "School",
    "VocationalSchool": "School", "TeacherTrainingSchool": "School",
    "EducationGroup": "School", "NineYearSchool": "School",
    "PartyBody": "GovernmentAgency",
}


def contract_class(type_name: str) -> str:
    """The contract class a (possibly more specific) class name counts as."""
    return PARENT_CLASS.get(type_name, type_name)


@dataclass
class Section:
    """A heading such as ``一、…``, ``（一）…`` or ``1.…`` and the text it governs."""
    index: int
    number: str          # as written: "一、", "（二）", "3."
    title: str           # heading text without the number
    level: int           # 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）
    start: int           # offset of the heading line
    end: int             # offset where the next heading of the same or higher level starts
    parent: int | None = None


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    section: int | None = None   # index into Report.sections


@dataclass
class Mention:
    """A name in the text: ``text == report.text[start:end]``."""
    start: int
    end: int
    text: str
    type: str                    # contract class or one of PARENT_CLASS's subclasses
    name: str = ""               # the name to use (quotes stripped, 《》 removed); defaults to text
    sentence: int | None = None
    source: str = "rule"         # which recogniser found it (for debugging / eval)

    def __post_init__(self) -> None:
        if not self.name:
            self.name = self.text


@dataclass
class Figure:
    """A quantity: ``raw == report.text[start:end]`` (number, unit and qualifiers)."""
    start: int
    end: int
    raw: str
    value: Decimal
    unit: str
    approximate: bool = False
    metric: str = ""
    sentence: int | None = None
    about: str | None = None     # Entity.key of what the figure describes, set by relate


@dataclass
class Entity:
    """One real-world thing named in a report, however often it is named."""
    key: str                     # stable identity used for the IRI (see graph.iris)
    label: str                   # fullest name
    type: str                    # most specific class name
    alt_labels: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    parent_place: str | None = None   # Entity.key of a Place it lies in, when known


@dataclass
class Relation:
    subject: str                 # Entity.key
    predicate: str               # affiliatedWith | issuedBy | locatedIn | partOf
    object: str                  # Entity.key
    sentence: int | None = None  # evidence, when the text states it


@dataclass
class Report:
    """One input report and everything the pipeline learned from it."""
    doc_id: str                  # stable id from the file name, used in IRIs
    source: str                  # the path it was read from
    text: str                    # normalised text; every offset points here
    format: str = "txt"          # txt | html | docx | pdf
    title: str = ""
    issuer: str = ""             # the signing body, e.g. 福州市仓山区教育局
    year: int | None = None
    region: str = ""             # the issuer's area, e.g. 仓山区
    region_path: tuple[str, ...] = ()   # enclosing areas, outermost first: (福建省, 福州市, 仓山区)
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def sentence_at(self, offset: int) -> Sentence | None:
        for sent in self.sentences:
            if sent.start <= offset < sent.end:
                return sent
        return None
