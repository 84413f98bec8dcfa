"""What happens to the accounts with a high residual risk while the Art. 36 DSGVO consultation runs.

The choice is the profile's ``risk.consultation.interim``. The same words go into the result of the
impact assessment (the accounts as a group) and into the platform chapters (each affected account),
so that the two cannot disagree. An account that merely stops posting stays reachable and the
operator keeps collecting its visitors' data; ``suspended`` therefore means deactivated and not
publicly reachable, and where a network cannot deactivate an account without deleting it, the body
deletes it.
"""

from __future__ import annotations

from smkonzept.german import ChamberName


def group_sentences(the_chamber: ChamberName) -> dict[str, str]:
    """The words after „Die Konten auf X“ in the result of the impact assessment, per interim choice."""
    pron = the_chamber.pron
    return {
        "suspended": (
            "sind bis zum Ergebnis deaktiviert und nicht öffentlich erreichbar: Besuchende können sie nicht aufrufen, "
            f"es erscheinen dort keine Beiträge, und Statistiken werden nicht abgerufen. Lässt ein Netzwerk ein Konto nicht "
            f"vorübergehend deaktivieren, ohne es zu löschen, löscht {pron} das Konto und eröffnet es frühestens nach dem "
            "Ergebnis neu."
        ),
        "dropped": (
            f"eröffnet {pron} bis zum Ergebnis nicht, und bestehende Konten dort löscht {pron}; ob {pron} diese Netzwerke "
            f"später nutzt, entscheidet {pron} nach dem Ergebnis der Konsultation."
        ),
    }


ACCOUNT_SENTENCES = {
    "suspended": (
        "Bis zum Ergebnis der Konsultation der Aufsichtsbehörde nach Art. 36 DSGVO (siehe „Ergebnis“ der "
        "Datenschutz-Folgenabschätzung) ist das Konto deaktiviert und nicht öffentlich erreichbar; lässt das Netzwerk "
        "das nicht zu, ohne es zu löschen, ist es gelöscht."
    ),
    "dropped": (
        "Bis zum Ergebnis der Konsultation der Aufsichtsbehörde nach Art. 36 DSGVO (siehe „Ergebnis“ der "
        "Datenschutz-Folgenabschätzung) wird das Konto nicht eröffnet, und ein bestehendes Konto ist gelöscht."
    ),
}
"""The note under each affected account in its platform chapter, per interim choice."""
