"""The controlled vocabulary of claim categories (kept apart so listing them costs no YAML)."""

CATEGORIES: dict[str, str] = {
    "visit": "state visits and other visits and trips",
    "history": "World War II, prisoners of war, memorials, anniversaries",
    "agreements": "bilateral partnerships, action programs and frameworks agreed between governments",
    "diplomacy": "foreign policy, trilateral meetings and mechanisms, relations with other countries",
    "economy": "investment, trade, tariffs",
    "minerals": "critical minerals",
    "energy": "renewable energy and its projects",
    "environment": "climate, desertification, COP17",
    "development": "development cooperation, food security, infrastructure",
    "defense": "defense cooperation, exercises, drills",
    "people": "who people are: names, roles, ages",
    "culture": "culture, schools, festivals, people-to-people ties",
    "politics": "domestic politics, elections, leadership",
    "law": "courts, detentions, espionage cases",
}
