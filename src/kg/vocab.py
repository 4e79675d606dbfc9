"""The one place that knows the vocabulary: namespaces and term names.

The contract terms (shared/eval/README.md) must never be renamed; the extension
terms below are ours and documented in ontology/edukg.ttl.
"""
from rdflib import Namespace
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD, OWL, DCTERMS

KG = Namespace("https://w3id.org/edukg/ontology#")
ID = Namespace("https://w3id.org/edukg/id/")
SCHEMA = Namespace("https://schema.org/")
QB = Namespace("http://purl.org/linked-data/cube#")
SH = Namespace("http://www.w3.org/ns/shacl#")

# Contract entity classes and the subclasses we add.
ENTITY_CLASSES = ("School", "University", "GovernmentAgency", "Organization", "Person",
                  "Place", "Initiative", "Event", "Document")
SCHOOL_SUBCLASSES = ("Kindergarten", "PrimarySchool", "SecondarySchool", "VocationalSchool",
                     "TeacherTrainingSchool", "NineYearSchool", "EducationGroup")
AGENCY_SUBCLASSES = ("PartyBody",)

# Contract relations between entities (and kg:about from figures).
RELATIONS = ("affiliatedWith", "issuedBy", "locatedIn", "partOf")

PREFIXES = {"kg": KG, "id": ID, "rdfs": RDFS, "skos": SKOS, "prov": PROV, "xsd": XSD,
            "rdf": RDF, "owl": OWL, "dcterms": DCTERMS, "schema": SCHEMA}

__all__ = ["KG", "ID", "SCHEMA", "QB", "SH", "PROV", "RDF", "RDFS", "SKOS", "XSD", "OWL",
           "DCTERMS", "ENTITY_CLASSES", "SCHOOL_SUBCLASSES", "AGENCY_SUBCLASSES", "RELATIONS",
           "PREFIXES"]
