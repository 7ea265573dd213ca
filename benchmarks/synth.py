"""Deterministic generator of large, realistic jpmn stores for benchmarks.

    python benchmarks/synth.py --claims 100000 --out DIR [--seed N]

writes DIR/facts.yaml and DIR/seeds/src-NNNN.txt. The store has the shape of data/facts.yaml:
sources with outlets, titles and dates; claims of 15-30 words quoting 15-40 verbatim words of
their source file, 2-6 keywords, some figures (value/unit/qualifier), dates, conflict pairs
(claims measuring one quantity) and related links. Words are drawn Zipf-like from a few thousand
English, political and economic words (the real store's own words among them), names, numbers
and dates. About 0.3% of the claims are about prisoners of war and their deaths, so "POW deaths"
has realistic hits.
Each source file holds the quotes of its ~50 claims inside filler paragraphs.
`jpmn check --store DIR/facts.yaml` passes on the result. The same arguments give the same bytes.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import os
import random
import re
import sys
import time
from pathlib import Path

# --- vocabulary -----------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


def _list(text: str) -> list[str]:
    return [item.strip() for item in text.split("|")]


# The real store's and seeds' words, most frequent first (frozen here so the output never depends on
# the shipped store as it is edited).
REAL_WORDS = _words("""
the and in to of Mongolia Japan Japanese on is as for visit partnership with that strategic emperor
will China foreign July has relations according Naruhito between security president cooperation
government war state was special minister by policy Chinese have South ties its Mongolian world
first East third historical had United bilateral an prime in which regional trilateral Tokyo said
POWs visited are Asia at diplomatic Ishiba their Korea been it administration empress Masako
anniversary neighbor be States US Ulaanbaatar not Asian Diplomat more including energy Astellas
islets this food mechanisms were drills II forced defense military nationals both before from years
two such POW relationship but crucial continue Khurelsukh Shigeru employee year people-to-people
issues prisoners meeting ruling Korean Dokdo symbolism interest Indo-Pacific minerals includes
Japan-Mongolia records under national Takeshima commentary end over critical Trump day sent took
Yomiuri Shimbun authorities law Xi exercise author USA only region development can upscaling
renewable sector project clean robust history during Studies any Bessent Donald release near Lee
reconciliation other one historic Battsetseg Batmunkh held laborers international espionage previous
ROK symbolic new economic action program framework current leadership multilateral shared values
Jiji Press Beijing through also like Fund court after transparency enthronement trip Enkhbayar
Nambar presidency democratic market Seoul Washington Treasury Kyodo News Jinping Soviet Union
Siberia memorial camps built labor engaged construction buildings survivors internees remains
official monument respects Institute indicated total deaths whereas stated age Yamada Shuzo remarked
glad Chinggis Square opera house Sukhbaatar ministry education partnerships agreed framework
infrastructure investment tariffs trade deficit rare earths copper coal uranium desertification
climate COP17 convention sand storms nomadic herders livestock dzud pasture grazing solar wind
battery storage grid households electricity heating smog capital Asian Development Bank loan grant
financing technical assistance scholarships students exchange schools festivals culture sumo
wrestlers Hakuho Asashoryu Harumafuji Kakuryu Terunofuji yokozuna Naadam Tsagaan Sar horse archery
throat singing morin khuur ger nomads steppe Gobi Altai Khentii Orkhon Selenge Darkhan Erdenet Oyu
Tolgoi Tavan Tolgoi Khalkhin Gol Nomonhan Manchukuo Kwantung Army battle Zhukov 1939 1945 1972
diplomatic recognition embassy ambassador consulate envoy delegation summit talks communique
declaration joint statement memorandum understanding signed ratified Economic Partnership Agreement
EPA tariff elimination duty free quota exports imports cashmere wool meat cars vehicles used
machinery fuel petroleum refinery railway highway airport Chinggis Khaan International New
Ulaanbaatar Japan International Cooperation Agency JICA ODA yen loans bonds third neighbor policy
Russia Moscow Putin Kremlin sanctions Ukraine invasion pipeline Power Siberia gas transit corridor
Trans-Mongolian Zamyn-Uud Erenhot border crossing customs logistics
""")

# Common English words, roughly most frequent first.
ENGLISH_WORDS = _words("""
the of and to a in is it you that he was for on are with as his they be at one have this from or had
by not word but what some we can out other were all there when up use your how said an each she
which do their time if will way about many then them write would like so these her long make thing
see him two has look more day could go come did number sound no most people my over know water than
call first who may down side been now find any new work part take get place made live where after
back little only round man year came show every good me give our under name very through just form
sentence great think say help low line differ turn cause much mean before move right boy old too
same tell does set three want air well also play small end put home read hand port large spell add
even land here must big high such follow act why ask men change went light kind off need house
picture try us again animal point mother world near build self earth father head stand own page
should country found answer school grow study still learn plant cover food sun four between state
keep eye never last let thought city tree cross farm hard start might story saw far sea draw left
late run while press close night real life few north open seem together next white children begin
got walk example ease paper group always music those both mark often letter until mile river car
feet care second book carry took science eat room friend began idea fish mountain stop once base
hear horse cut sure watch color face wood main enough plain girl usual young ready above ever red
list though feel talk bird soon body dog family direct pose leave song measure door product black
short numeral class wind question happen complete ship area half rock order fire south problem piece
told knew pass since top whole king space heard best hour better true during hundred five remember
step early hold west ground interest reach fast verb sing listen six table travel less morning ten
simple several vowel toward war lay against pattern slow center love person money serve appear road
map rain rule govern pull cold notice voice unit power town fine certain fly fall lead cry dark
machine note wait plan figure star box noun field rest correct able pound done beauty drive stood
contain front teach week final gave green quick develop ocean warm free minute strong special mind
behind clear tail produce fact street inch multiply nothing course stay wheel full force blue object
decide surface deep moon island foot system busy test record boat common gold possible plane stead
dry wonder laugh thousand ago ran check game shape equate miss brought heat snow tire bring yes
distant fill east paint language among grand ball yet wave drop heart present heavy dance engine
position arm wide sail material size vary settle speak weight general ice matter circle pair include
divide syllable felt perhaps pick sudden count square reason length represent art subject region
energy hunt probable bed brother egg ride cell believe fraction forest sit race window store summer
train sleep prove lone leg exercise wall catch mount wish sky board joy winter sat written wild
instrument kept glass grass cow job edge sign visit past soft fun bright gas weather month million
bear finish happy hope flower clothe strange gone jump baby eight village meet root buy raise solve
metal whether push seven paragraph third shall held hair describe cook floor either result burn hill
safe cat century consider type law bit coast copy phrase silent tall sand soil roll temperature
finger industry value fight lie beat excite natural view sense ear else quite broke case middle kill
son lake moment scale loud spring observe child straight consonant nation dictionary milk speed
method organ pay age section dress cloud surprise quiet stone tiny climb cool design poor lot
experiment bottom key iron single stick flat twenty skin smile crease hole trade melody trip office
receive row mouth exact symbol die least trouble shout except wrote seed tone join suggest clean
break lady yard rise bad blow oil blood touch grew cent mix team wire cost lost brown wear garden
equal sent choose fell fit flow fair bank collect save control decimal gentle woman captain practice
separate difficult doctor please protect noon whose locate ring character insect caught period
indicate radio spoke atom human history effect electric expect crop modern element hit student
corner party supply bone rail imagine provide agree thus capital chair danger fruit rich thick
soldier process operate guess necessary sharp wing create neighbor wash bat rather crowd corn
compare poem string bell depend meat rub tube famous dollar stream fear sight thin triangle planet
hurry chief colony clock mine tie enter major fresh search send yellow gun allow print dead spot
desert suit current lift rose continue block chart hat sell success company subtract event
particular deal swim term opposite wife shoe shoulder spread arrange camp invent cotton born
determine quart nine truck noise level chance gather shop stretch throw shine property column
molecule select wrong gray repeat require broad prepare salt nose plural anger claim continent
oxygen sugar death pretty skill women season solution magnet silver thank branch match suffix
especially fig afraid huge sister steel discuss forward similar guide experience score apple bought
led pitch coat mass card band rope slip win dream evening condition feed tool total basic smell
valley nor double seat arrive master track parent shore division sheet substance favor connect post
spend chord fat glad original share station dad bread charge proper bar offer segment slave duck
instant market degree populate chick dear enemy reply drink occur support speech nature range steam
motion path liquid log meant quotient teeth shell neck
""")

# Political, economic and diplomatic words.
POLICY_WORDS = _words("""
government ministry minister parliament assembly cabinet coalition opposition election vote voters
ballot campaign candidate constituency majority minority referendum constitution amendment
legislation bill statute decree regulation ordinance policy strategy doctrine framework agenda
reform reforms initiative program programme project plan budget fiscal deficit surplus revenue
expenditure taxation tax tariff tariffs duty levy subsidy subsidies grant loan loans credit debt
bond bonds yield interest inflation deflation currency exchange rate tugrik yen dollar renminbi
central bank monetary liquidity reserves foreign direct investment investors portfolio equity stocks
shares listing exchange capital markets commodity commodities export exports import imports trade
balance surplus deficit supply chain chains logistics freight shipping rail corridor transit port
ports pipeline pipelines railway railways highway highways infrastructure connectivity economy
economic economies growth recession recovery output productivity employment unemployment labor
labour wages income poverty inequality welfare pension pensions healthcare hospital hospitals
education university universities scholarship scholarships training vocational skills workforce
industry industrial manufacturing factory factories mining mine mines mineral minerals copper gold
coal uranium lithium molybdenum fluorspar tungsten rare earths deposit deposits exploration
extraction concession license licence royalties smelter processing refinery agriculture livestock
herders herding pasture pastures wheat cashmere wool leather meat dairy tourism tourists visa visas
aviation airline flights airport energy electricity power plant plants solar wind hydropower hydro
thermal grid transmission storage battery batteries emissions carbon decarbonization climate change
environment environmental desertification drought wildfire biodiversity conservation sustainable
sustainability resilience adaptation mitigation finance diplomacy diplomatic diplomat diplomats
embassy embassies ambassador ambassadors envoy consul consulate summit summits talks negotiations
negotiation dialogue consultations agreement agreements treaty treaties accord memorandum communique
declaration statement partnership partnerships alliance alliances ally allies neighbor neighbors
neighbour bilateral trilateral multilateral regional international global sovereignty territorial
integrity border borders security defense defence military army navy air force troops soldiers
exercise exercises drills peacekeeping peacekeepers missile missiles nuclear disarmament
nonproliferation deterrence sanctions embargo espionage intelligence detention detained arrest
arrested trial court courts judge prosecutors sentence sentenced prison imprisonment appeal verdict
ruling rule law laws legal rights human freedom press media journalist journalists democracy
democratic authoritarian leadership leader leaders president presidential prime premier chancellor
secretary spokesperson official officials bureaucracy agency agencies commission committee council
institute think tank researchers analysts experts scholars observers critics commentators corruption
transparency accountability governance stability instability tensions conflict conflicts dispute
disputes reconciliation memory history historical anniversary commemoration memorial monument
veterans internment internees prisoners captives remains repatriation apology compensation wartime
postwar occupation invasion battle battles campaign offensive surrender armistice ceasefire
humanitarian aid assistance donor donors development cooperation capacity building grant aid
technical assistance volunteers nongovernmental organization organizations civil society cultural
exchange exchanges language festival festivals sport sports wrestling students teachers youth
delegation delegations visit visits trip tour ceremony ceremonies banquet reception honor state
guest crown prince princess imperial household palace monarch monarchy emperor empress royal
dignitaries protocol hospitality goodwill friendship trust mutual understanding respect benefit
benefits interests values principles vision roadmap milestone milestones target targets quota quotas
threshold ceiling estimate estimates forecast projections survey census statistics data figure
figures percent percentage share growth rate billion million thousand trillion approximately roughly
nearly about over under more less than
""")

# People, places, outlets and institutions (also used for attributions).
GIVEN_NAMES = _words("""
Shigeru Fumio Yoshihide Shinzo Taro Takeshi Yoko Toshimitsu Koichi Hiroshi Kenji Akira Haruki Naoko
Yuko Keiko Masaaki Shuzo Ichiro Daisuke Satoshi Yuki Emi Rin Sota Ren Haruto Minoru Tadashi Ukhnaa
Luvsannamsrai Oyun-Erdene Gombojav Zandanshatar Battsetseg Amarsaikhan Bolor Enkhbayar Tsakhiagiin
Khaltmaagiin Sukhbaatar Ganbaatar Bat-Erdene Oyunchimeg Altantsetseg Narantuya Tuvshinbayar Munkhbat
Baatar Erdene Chuluun Temuulen Saruul Nomin Anu Khongorzul Dolgorsuren Xi Li Wang Zhang Liu Chen
Yang Zhao Huang Zhou Vladimir Sergei Dmitry Lee Yoon Moon Park Kim Cho Donald Joe Antony Marco Scott
Janet Kurt Rahm Nicholas Emma Sarah David Michael John James Robert Maria Anna Claire Olivia Thomas
Peter Henry Ursula Olaf Emmanuel Narendra Anthony
""")

FAMILY_NAMES = _words("""
Ishiba Kishida Suga Abe Iwaya Hayashi Kamikawa Motegi Kono Kanai Yamada Tanaka Suzuki Sato Takahashi
Watanabe Ito Nakamura Kobayashi Kato Yoshida Yamamoto Sasaki Matsumoto Inoue Kimura Shimizu
Yamaguchi Mori Ikeda Hashimoto Ishikawa Ogawa Okada Fujita Goto Khurelsukh Batmunkh Nambar Elbegdorj
Battulga Zandanshatar Oyun-Erdene Amarbayasgalan Bayarsaikhan Ganzorig Tsogtbaatar Enkhtaivan
Purevdorj Gantulga Dashdorj Tsend Jargalsaikhan Munkh-Orgil Byambasuren Sodbaatar Jinping Qiang Yi
Putin Lavrov Jae-myung Suk-yeol Jae-in Trump Biden Blinken Rubio Bessent Yellen Campbell Emanuel
Millward Glass Smith Johnson Brown Miller Davis Wilson Anderson Taylor Moore Martin Clark Lewis
Walker Hall Young King Wright Scott Green Baker Adams Nelson Carter Mitchell
""")

PLACES = _words("""
Mongolia Japan China Russia Korea Ulaanbaatar Tokyo Beijing Moscow Seoul Washington Osaka Kyoto
Hiroshima Nagasaki Sapporo Fukuoka Nagoya Yokohama Yokosuka Okinawa Hokkaido Kyushu Darkhan Erdenet
Choibalsan Khovd Olgii Dalanzadgad Sainshand Zamyn-Uud Khentii Dornod Dornogovi Umnugovi Selenge Tuv
Arkhangai Khuvsgul Bayankhongor Gobi-Altai Zavkhan Uvs Bulgan Orkhon Sukhbaatar Khalkhin Nomonhan
Siberia Irkutsk Chita Buryatia Manchuria Harbin Hohhot Erenhot Tianjin Shanghai Busan Vladivostok
Astana Bishkek Tashkent Delhi Canberra Brussels Geneva Paris London Berlin Dokdo Takeshima Senkaku
Taiwan Ukraine Kazakhstan Kyrgyzstan Uzbekistan Singapore Vietnam Philippines Indonesia Australia
India Germany France Canada
""")

OUTLETS = _list(
    "The Diplomat | Jiji Press | Yomiuri Shimbun | Kyodo News | Yonhap News Agency | Nikkei Asia | "
    "Asahi Shimbun | Mainichi Shimbun | The Japan Times | NHK World | Montsame | UB Post | Mongolia "
    "Weekly | News.mn | Xinhua | Global Times | South China Morning Post | TASS | Reuters | "
    "Associated Press | Agence France-Presse | Bloomberg | Financial Times | The Economist | East "
    "Asia Forum | Foreign Policy | The Korea Herald | Korea JoongAng Daily | Eurasianet | Asia Times "
    "| Nippon.com | Sankei Shimbun | Tokyo Shimbun | Mongolia Economy | Business Mongolia | Caixin | "
    "The Straits Times | Deutsche Welle | BBC News | Voice of America"
)

INSTITUTIONS = _list(
    "Mongolia's Institute of Strategic Studies | Japanese Foreign Ministry | Mongolian Foreign "
    "Ministry | Japanese government | Mongolian government | National Archives of Mongolia | Japanese "
    "records | Mongolian records | Soviet records | Japanese Ministry of Health, Labour and Welfare | "
    "Japan International Cooperation Agency | Asian Development Bank | World Bank | International "
    "Monetary Fund | Bank of Mongolia | Bank of Japan | Japan Bank for International Cooperation | "
    "National Statistics Office of Mongolia | Mongolian Ministry of Defense | Japan Ministry of "
    "Defense | Japan Self-Defense Forces | Mongolian Armed Forces | Ministry of Economy, Trade and "
    "Industry | Mongolian Ministry of Mining and Heavy Industry | Erdenes Mongol | Rio Tinto | "
    "Mitsubishi Corporation | Sumitomo Corporation | Marubeni | Yokosuka Council on Asia-Pacific "
    "Studies | Sasakawa Peace Foundation | Japan Foundation | United Nations Development Programme | "
    "UN Convention to Combat Desertification | Mongolian Red Cross Society | Japanese Association of "
    "Former Internees | Imperial Household Agency | Chinese Foreign Ministry | South Korean navy | "
    "Russian Foreign Ministry | US State Department | US Treasury | Mongolian Parliament (State Great "
    "Khural) | Japanese Diet | Tokyo District Court | Beijing No. 2 Intermediate People's Court | "
    "Mongolian National Chamber of Commerce | Japan External Trade Organization | Ulaanbaatar city "
    "government"
)

TITLES = _list(
    "Japan's Prime Minister | Japan's Foreign Minister | Mongolia's Foreign Minister | Mongolia's "
    "President | Mongolia's Prime Minister | Chief Cabinet Secretary | ambassador to Mongolia | "
    "ambassador to Japan | director, Yokosuka Council on Asia-Pacific Studies | researcher | "
    "professor of international relations | former internee | economist | senior fellow | "
    "spokesperson of the Foreign Ministry | Defense Minister | Minister of Mining | Minister of "
    "Energy | member of parliament | governor | mayor of Ulaanbaatar | head of the Asian and Oceanian "
    "Affairs Bureau | analyst | historian | US Treasury Secretary | President of South Korea | trade "
    "official"
)

# Topic words per category: a claim draws a quarter of its words from its category's topic.
TOPICS: dict[str, list[str]] = {
    "visit": _words(
        "state visit visited trip emperor empress imperial welcome ceremony banquet palace days "
        "invitation guest host honor arrival departure itinerary tour enthronement crown prince"
    ),
    "history": _words(
        "World War II memorial prisoners war internment internees Siberia Soviet remains anniversary 1945 "
        "1939 battle Khalkhin Gol Nomonhan veterans forced labor camps reconciliation apology surrender "
        "wartime postwar archives records graves repatriation"
    ),
    "agreements": _words(
        "agreement signed memorandum understanding action program framework partnership Special Strategic "
        "Partnership declaration joint statement roadmap ratified accord Economic EPA commitment pledged"
    ),
    "diplomacy": _words(
        "diplomatic relations foreign policy third neighbor trilateral bilateral summit talks ambassador "
        "embassy dialogue consultations ties alliance Indo-Pacific neighbor envoy"
    ),
    "economy": _words(
        "investment trade tariffs exports imports economy growth yen loan financing market investors "
        "deficit surplus GDP inflation cashmere supply chain billion million"
    ),
    "minerals": _words(
        "critical minerals rare earths copper coal uranium lithium mining mine deposit exploration Oyu "
        "Tolgoi Tavan smelter processing supply chain fluorspar molybdenum"
    ),
    "energy": _words(
        "renewable energy solar wind battery storage grid electricity power plant households heating coal "
        "emissions hydrogen upscaling sector project clean transmission"
    ),
    "environment": _words(
        "climate desertification COP17 Gobi sand dust storms drought pasture degradation emissions carbon "
        "biodiversity conservation dzud herders land restoration trees"
    ),
    "development": _words(
        "development cooperation ODA JICA grant aid food security infrastructure Asian Development Bank "
        "technical assistance hospital schools airport railway water"
    ),
    "defense": _words(
        "defense military exercise drills Khaan Quest peacekeeping Self-Defense Forces troops navy "
        "security cooperation officers training exchange aircraft carriers missile"
    ),
    "people": _words(
        "born age years old served appointed elected minister president director researcher former "
        "ambassador professor son daughter family veteran survivor"
    ),
    "culture": _words(
        "culture sumo wrestlers Naadam festival language students scholarships schools people-to-people "
        "exchange museum music film art tourism"
    ),
    "politics": _words(
        "election elections parliament coalition party leadership ruling opposition cabinet resignation "
        "vote prime minister transition democracy campaign"
    ),
    "law": _words(
        "court ruling sentenced detained espionage trial prison years imprisonment charges law judge "
        "appeal arrest national security Astellas employee verdict"
    ),
}
CATEGORY_WEIGHTS = {
    "visit": 8,
    "history": 10,
    "agreements": 5,
    "diplomacy": 20,
    "economy": 10,
    "minerals": 6,
    "energy": 6,
    "environment": 5,
    "development": 7,
    "defense": 7,
    "people": 7,
    "culture": 4,
    "politics": 4,
    "law": 5,
}
UNITS = {
    "visit": ["days", "visits", "trips overseas since enthronement", "delegates"],
    "history": [
        "prisoners of war",
        "deaths",
        "years since the end of World War II",
        "forced laborers",
        "graves",
        "remains repatriated",
    ],
    "agreements": ["agreements", "projects", "years", "areas of cooperation"],
    "diplomacy": ["years of diplomatic relations", "meetings", "countries", "embassies"],
    "economy": ["USD", "JPY", "percent", "tons", "companies", "USD per year"],
    "minerals": ["tons", "tons per year", "USD", "deposits", "percent"],
    "energy": ["MW", "households", "t CO2 per year", "kWh", "percent", "USD"],
    "environment": ["hectares", "percent", "t CO2 per year", "trees", "degrees Celsius"],
    "development": ["USD", "JPY", "beneficiaries", "schools", "projects", "households"],
    "defense": ["troops", "drills per year", "aircraft carriers", "officers", "countries"],
    "people": ["years of age", "years in office", "years"],
    "culture": ["students", "scholarships", "visitors", "wrestlers", "schools"],
    "politics": ["seats", "percent", "votes", "years"],
    "law": ["years of imprisonment", "years in prison", "Japanese nationals detained", "cases"],
}
QUALIFIERS = _list(
    "approximately | more than | about | at least | nearly | up to | less than | over | upon "
    "successful completion | estimated"
)
FUNCTION_WORDS = set(
    _words(
        "the of and to a in is it that was for on are with as be at by this from or had not but what some "
        "can were all there when your how an each she which do their if will then them would so these her "
        "has him than who may been now any its our us me my we he they you his i also such both"
    )
)
POW_PLACES = _list(
    "Mongolia | Ulaanbaatar | Siberia | the Soviet Union | Darkhan | Nalaikh | Choibalsan | Erdenet | "
    "Sukhbaatar | Zuunmod | Chita | Irkutsk | Khabarovsk"
)
POW_SOURCES = _list(
    "Mongolian records | Japanese records | Soviet records | National Archives of Mongolia | Japanese "
    "Ministry of Health, Labour and Welfare | Russian archives | Mongolia's Institute of Strategic "
    "Studies | Japanese Association of Former Internees | the Mongolian Red Cross Society | "
    "historians at Tohoku University"
)


def _vocabulary() -> list[str]:
    """All words in a Zipf rank order: each pool's n-th word ranks like the (n * factor)-th.

    The real store's words and common English ones lead (function words first), policy words
    follow more slowly, and each name or place is rare, though together they are frequent.
    """
    pools = [
        (REAL_WORDS, 1.0),
        (ENGLISH_WORDS, 1.5),
        (POLICY_WORDS, 4.0),
        (PLACES, 12.0),
        (FAMILY_NAMES, 15.0),
        (GIVEN_NAMES, 18.0),
    ]
    seen: set[str] = set()
    scored = []
    for order, (pool, factor) in enumerate(pools):
        fresh = []
        for word in pool:  # a word keeps the place of its first pool
            if word.lower() not in seen and not word.isdigit():
                seen.add(word.lower())
                fresh.append(word)
        scored += [((position + 1) * factor, order, word) for position, word in enumerate(fresh)]
    return [word for _score, _order, word in sorted(scored)]


# --- generation -----------------------------------------------------------------------------------


class Words:
    """Zipf-distributed word draws (rank r has weight 1/r^s) from one seeded generator."""

    def __init__(self, rng: random.Random, words: list[str], exponent: float = 1.0) -> None:
        self.rng = rng
        self.words = words
        self.cum = list(itertools.accumulate(1.0 / (rank + 1) ** exponent for rank in range(len(words))))

    def draw(self, k: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cum, k=k)

    def content(self, k: int) -> list[str]:
        out: list[str] = []
        while len(out) < k:
            out += [w for w in self.draw(k * 2) if w.lower() not in FUNCTION_WORDS]
        return out[:k]


def _number_words(value: int | float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"


def _yaml_text(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


_PLAIN_BLOCK = re.compile(r"[A-Za-z][A-Za-z0-9 .,'()/&-]*[A-Za-z0-9.)]\Z")
_PLAIN_FLOW = re.compile(r"[A-Za-z][A-Za-z0-9 .'()/&-]*[A-Za-z0-9.)]\Z")
_YAML_WORDS = {"yes", "no", "on", "off", "true", "false", "null", "y", "n"}


def _scalar(text: str, flow: bool = False) -> str:
    """Plain like the real store where any YAML reader reads it as the same text, else quoted."""
    pattern = _PLAIN_FLOW if flow else _PLAIN_BLOCK
    if pattern.match(text) and text.lower() not in _YAML_WORDS:
        return text
    return _yaml_text(text)


class Generator:
    def __init__(self, claims: int, seed: int) -> None:
        self.n_claims = claims
        self.rng = random.Random(seed)
        self.words = Words(self.rng, _vocabulary())
        self.topic_words = {cat: Words(self.rng, words, 0.6) for cat, words in TOPICS.items()}
        self.categories = list(CATEGORY_WEIGHTS)
        self.category_cum = list(itertools.accumulate(CATEGORY_WEIGHTS.values()))
        self.attributions = self._attributions()
        self.claim_width = max(6, len(str(claims)))
        self.partner: tuple[str, str, int | float] | None = None

    def _attributions(self) -> list[str]:
        rng = self.rng
        people = []
        for _ in range(400):
            name = f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}"
            people.append(f"{name}, {rng.choice(TITLES)}")
        return OUTLETS + INSTITUTIONS + people + ["Commentary author (unnamed)"]

    def claim_id(self, n: int) -> str:
        return f"claim-{n + 1:0{self.claim_width}d}"

    # -- sentences ------------------------------------------------------------------------------

    def mixed(self, category: str, k: int) -> list[str]:
        """k words: mostly Zipf over the vocabulary, a quarter from the topic, some numbers."""
        words = self.words.draw(k)
        topic = self.topic_words[category]
        rng = self.rng
        for i in range(k):
            roll = rng.random()
            if roll < 0.25:
                words[i] = topic.draw(1)[0]
            elif roll < 0.28:
                words[i] = (
                    str(rng.randint(1939, 2025)) if rng.random() < 0.6 else f"{rng.randint(2, 99999):,}"
                )
        return words

    @staticmethod
    def sentence(words: list[str]) -> str:
        text = " ".join(words)
        return text[:1].upper() + text[1:]

    def filler(self) -> str:
        rng = self.rng
        sentences = []
        for _ in range(rng.randint(1, 3)):
            words = self.mixed(rng.choice(self.categories), rng.randint(10, 26))
            if rng.random() < 0.3:
                words[rng.randrange(2, len(words))] += ","
            sentences.append(self.sentence(words) + ".")
        return " ".join(sentences)

    # -- claims ---------------------------------------------------------------------------------

    def figure(self, category: str) -> tuple[int | float, str, str | None]:
        rng = self.rng
        unit = rng.choice(UNITS[category])
        magnitude = rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 9])
        value: int | float = rng.randint(1, 10**magnitude)
        if rng.random() < 0.15:
            value = round(rng.uniform(0.1, 99.9), 1)
        qualifier = rng.choice(QUALIFIERS) if rng.random() < 0.3 else None
        return value, unit, qualifier

    def date(self) -> str:
        rng = self.rng
        year = rng.randint(1939, 2025)
        kind = rng.random()
        if kind < 0.2:
            return str(year)
        month = rng.randint(1, 12)
        if kind < 0.45:
            return f"{year}-{month:02d}"
        if kind < 0.5:
            return f"{year}/{rng.randint(year, 2025)}"
        return f"{year}-{month:02d}-{rng.randint(1, 28):02d}"

    def claim(self, n: int, source: str, pow_claim: bool = False) -> dict[str, object]:
        rng = self.rng
        partner, self.partner = self.partner, None
        if pow_claim:
            return self.pow_claim(n, source)
        if partner is not None:  # the other side of a conflict: same figure, another count of it
            category = partner[0]
        else:
            category = self.categories[
                bisect.bisect_left(self.category_cum, rng.random() * self.category_cum[-1])
            ]
        attributed = rng.choice(self.attributions)
        according = rng.random() < 0.3
        text_words = self.mixed(category, rng.randint(11, 22) if according else rng.randint(14, 26))
        text_words[-1] = self.words.content(1)[0]
        core = [w for w in text_words if w.lower() not in FUNCTION_WORDS]
        quote_words = self.mixed(category, rng.randint(14, 34))
        # A claim paraphrases its quote: they share some of their content words.
        for w in core[: rng.randint(2, 6)]:
            quote_words.insert(rng.randrange(len(quote_words) + 1), w)
        claim: dict[str, object] = {"id": self.claim_id(n), "category": category}
        if partner is not None or rng.random() < 0.15:
            value, unit, qualifier = self.figure(category)
            if partner is not None:
                _category, unit, first = partner
                if isinstance(first, int):
                    value = max(1, round(first * rng.uniform(0.8, 1.2)))
                    value = value if value != first else first + 1
                else:
                    value = round(first * rng.uniform(0.8, 1.2), 1)
                    value = value if value != first else round(first + 0.1, 1)
                claim["_conflict"] = True
            if rng.random() < (0.1 if partner is not None else 0.15):
                self.partner = (category, unit, value)
            figure = f"{qualifier + ' ' if qualifier else ''}{_number_words(value)} {unit}"
            at = rng.randrange(len(text_words) + 1)
            text_words[at:at] = figure.split()
            quote_words.insert(rng.randrange(len(quote_words) + 1), f"{_number_words(value)} {unit}")
            claim.update(value=value, unit=unit)
            if qualifier:
                claim["qualifier"] = qualifier
        if rng.random() < 0.3:
            claim["date"] = self.date()
        text = " ".join(text_words) + "."
        if according:
            text = f"According to {attributed.split(',')[0]}, {text}"
        else:
            text = text[:1].upper() + text[1:]
        quote = " ".join(quote_words)
        if rng.random() < 0.1:
            quote = quote.replace(" ", "\u2019s ", 1)  # typographic apostrophes, as in real quotes
        if rng.random() < 0.05:
            quote = quote.replace(" ", " \u2014 ", 1)
        claim.update(
            text=text,
            attributed_to=attributed,
            source=source,
            quote=quote,
            keywords=self.keywords(category, rng.randint(2, 6)),
        )
        return claim

    def keywords(self, category: str, k: int) -> list[str]:
        rng = self.rng
        out: list[str] = []
        pool = self.topic_words[category]
        while len(out) < k:
            first = pool.draw(1)[0] if rng.random() < 0.5 else self.words.content(1)[0]
            if rng.random() < 0.35:
                first = f"{first} {self.words.content(1)[0]}"
            if first not in out:
                out.append(first)
        return out

    def pow_claim(self, n: int, source: str) -> dict[str, object]:
        rng = self.rng
        place = rng.choice(POW_PLACES)
        who = rng.choice(POW_SOURCES)
        total = rng.randint(10000, 14999)
        deaths = rng.randint(1000, 2500)
        kind = rng.randrange(5)
        claim: dict[str, object] = {"id": self.claim_id(n), "category": "history", "_pow": True}
        if kind == 0:
            text = (
                f"{who[:1].upper() + who[1:]}, as cited by {rng.choice(OUTLETS)}, count {deaths:,} deaths "
                f"among the Japanese prisoners of war held in {place} after World War II."
            )
            quote = (
                f"{who[:1].upper() + who[1:]} indicated {total:,} POWs in total [sent to {place}] and "
                f"{deaths:,} deaths, " + " ".join(self.mixed("history", rng.randint(6, 20)))
            )
            claim.update(value=deaths, unit="deaths")
        elif kind == 1:
            text = (
                f"{who[:1].upper() + who[1:]} count {total:,} Japanese prisoners of war sent to {place} "
                f"between 1945 and {rng.randint(1947, 1949)}, of whom many died."
            )
            quote = (
                f"records stated {total:,} POWs, and the death toll in the camps of {place} was "
                + " ".join(self.mixed("history", rng.randint(8, 24)))
            )
            claim.update(value=total, unit="prisoners of war")
        elif kind == 2:
            person = f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}"
            text = (
                f"{person} visited the memorial for Japanese prisoners of war who died in {place} "
                f"and paid respects to the internees who died in forced labor."
            )
            quote = (
                f"visited the memorial for Japanese prisoners of war (POWs) in {place}, where "
                + " ".join(self.mixed("history", rng.randint(10, 26)))
            )
            claim["date"] = f"{rng.randint(1990, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        elif kind == 3:
            text = (
                f"A former internee said that many POWs died of cold and hunger in the camps near "
                f"{place}, " + " ".join(self.mixed("history", rng.randint(4, 12))) + "."
            )
            quote = (
                "many of us died of cold and hunger in the first winter, the former prisoner of war "
                f"said of {place}, " + " ".join(self.mixed("history", rng.randint(4, 16)))
            )
        else:
            text = (
                f"The remains of {rng.randint(10, 900):,} Japanese prisoners of war who died in {place} "
                f"were repatriated to Japan, according to {who}."
            )
            quote = f"the remains of POWs who died in {place} were returned, " + " ".join(
                self.mixed("history", rng.randint(8, 24))
            )
        claim.update(
            text=text,
            attributed_to=who[:1].upper() + who[1:],
            source=source,
            quote=quote,
            keywords=rng.sample(
                [
                    "POW",
                    "POWs",
                    "internees",
                    "prisoners of war",
                    "death toll",
                    "fatalities",
                    "died",
                    "forced labor",
                    "Siberian internment",
                    "memorial",
                    place,
                ],
                k=rng.randint(3, 6),
            ),
        )
        return claim

    # -- the store ------------------------------------------------------------------------------

    def generate(self, out: Path) -> tuple[int, int]:
        rng = self.rng
        seeds = out / "seeds"
        seeds.mkdir(parents=True, exist_ok=True)
        for old in seeds.glob("src-*.txt"):
            old.unlink()

        n_claims = self.n_claims
        n_pow = max(10, n_claims * 3 // 1000) if n_claims >= 100 else min(n_claims, 3)
        pow_every = max(1, n_claims // n_pow)

        # Claims in blocks of ~50 per source, grouped by source like the real store.
        claims: list[dict[str, object]] = []
        sources: list[dict[str, object]] = []
        source_width = max(4, len(str(n_claims // 30 + 1)))
        n = 0
        while n < n_claims:
            size = min(rng.randint(30, 70), n_claims - n)
            sid = f"src-{len(sources) + 1:0{source_width}d}"
            block = [
                self.claim(
                    n + i,
                    sid,
                    pow_claim=(n + i) % pow_every == pow_every // 2 and (n + i) // pow_every < n_pow,
                )
                for i in range(size)
            ]
            sources.append(self.source(sid, out, block))
            claims += block
            n += size

        self.link(claims)
        text = self.render(sources, claims)
        (out / "facts.yaml").write_text(text, encoding="utf-8")
        return len(claims), len(sources)

    def source(self, sid: str, out: Path, block: list[dict[str, object]]) -> dict[str, object]:
        rng = self.rng
        title = self.sentence(self.mixed(str(block[0]["category"]), rng.randint(5, 12)))
        lines = [title, ""]
        for claim in block:
            if rng.random() < 0.15:
                lines.append(self.filler())
            if rng.random() < 0.05:
                lines.append(self.sentence(self.words.content(rng.randint(2, 5))))  # a subheading
            before = self.filler() + " " if rng.random() < 0.8 else ""
            after = " " + self.filler() if rng.random() < 0.6 else ""
            lines.append(
                f"{before}\u201c{claim['quote']}\u201d{after}"
                if rng.random() < 0.3
                else f"{before}{claim['quote']}.{after}"
            )
        body_end = len(lines)
        record: dict[str, object] = {"id": sid, "title": title}
        if rng.random() < 0.9:
            record["outlet"] = rng.choice(OUTLETS)
        if rng.random() < 0.85:
            year = rng.randint(2005, 2025)
            record["published"] = f"{year}-{rng.randint(1, 12):02d}" + (
                f"-{rng.randint(1, 28):02d}" if rng.random() < 0.8 else ""
            )
        record["path"] = f"seeds/{sid}.txt"
        if rng.random() < 0.5:
            lines += ["", "Related articles", self.filler(), "Share this article", "Advertisement"]
            record["lines"] = [1, body_end]
        if rng.random() < 0.2:
            record["note"] = self.sentence(self.words.draw(rng.randint(12, 40))) + "."
        (out / "seeds" / f"{sid}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return record

    def link(self, claims: list[dict[str, object]]) -> None:
        """Conflicts between figures of the same quantity (one ``measures`` name a group); related
        links between neighbours."""
        rng = self.rng
        groups: list[list[int]] = []
        pow_figures: dict[str, list[int]] = {}
        for i, claim in enumerate(claims):
            if claim.pop("_conflict", False):
                groups[-1].append(i)  # generated right after the claim it conflicts with
            else:
                groups.append([i])
            if claim.pop("_pow", False) and "unit" in claim:
                pow_figures.setdefault(str(claim["unit"]), []).append(i)
        # Half of the POW counts disagree with the next count of the same thing, as in the real store.
        for unit in sorted(pow_figures):
            members = pow_figures[unit]
            for a, b in zip(members[::2], members[1::2], strict=False):
                if rng.random() < 0.5:
                    groups.append([a, b])
        for number, group in enumerate(groups):
            figures = [a for a in group if "value" in claims[a]]
            if len(figures) > 1:
                for a in figures:
                    claims[a]["measures"] = f"quantity-{number}"
        total = len(claims)
        for i, claim in enumerate(claims):
            if total > 1 and rng.random() < 0.3:
                related: list[object] = []
                for _ in range(rng.randint(1, 4)):
                    j = min(max(i + rng.randint(-60, 60), 0), total - 1)
                    if j != i and claims[j]["id"] not in related:
                        related.append(claims[j]["id"])
                if related:
                    claim["related"] = related

    def render(self, sources: list[dict[str, object]], claims: list[dict[str, object]]) -> str:
        out = [
            f"# Synthetic jpmn store for benchmarks: {len(claims)} claims, {len(sources)} sources.",
            "# Generated by benchmarks/synth.py; not facts.",
            "sources:",
        ]
        for source in sources:
            out.append(f"  - id: {source['id']}")
            if "outlet" in source:
                out.append(f"    outlet: {_scalar(str(source['outlet']))}")
            out.append(f"    title: {_yaml_text(str(source['title']))}")
            if "published" in source:
                out.append(f'    published: "{source["published"]}"')
            out.append(f"    path: {source['path']}")
            if "lines" in source:
                out.append(f"    lines: [{', '.join(map(str, source['lines']))}]")  # type: ignore[call-overload]
            if "note" in source:
                out.append(f"    note: {_yaml_text(str(source['note']))}")
        out.append("claims:")
        current = None
        for claim in claims:
            if claim["source"] != current:
                current = claim["source"]
                out.append("")
                out.append(f"  # ===== Source: {current} =====")
            out.append(f"  - id: {claim['id']}")
            out.append(f"    text: {_yaml_text(str(claim['text']))}")
            out.append(f"    category: {claim['category']}")
            if "value" in claim:
                out.append(f"    value: {claim['value']}")
                out.append(f"    unit: {_scalar(str(claim['unit']))}")
                if "qualifier" in claim:
                    out.append(f"    qualifier: {_scalar(str(claim['qualifier']))}")
            if "date" in claim:
                out.append(f'    date: "{claim["date"]}"')
            out.append(f"    attributed_to: {_scalar(str(claim['attributed_to']))}")
            out.append(f"    source: {claim['source']}")
            out.append(f"    quote: {_yaml_text(str(claim['quote']))}")
            if "measures" in claim:
                out.append(f"    measures: {claim['measures']}")
            if "related" in claim:
                out.append(f"    related: [{', '.join(map(str, claim['related']))}]")  # type: ignore[call-overload]
            keywords = ", ".join(_scalar(str(k), flow=True) for k in claim["keywords"])  # type: ignore[attr-defined]
            out.append(f"    keywords: [{keywords}]")
        return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], prog="synth.py")
    parser.add_argument("--claims", type=int, default=10000, help="how many claims (10000)")
    parser.add_argument("--out", required=True, help="folder to write facts.yaml and seeds/ into")
    parser.add_argument("--seed", type=int, default=20250708, help="random seed (20250708)")
    args = parser.parse_args(argv)
    if args.claims < 1:
        parser.error("--claims must be at least 1")
    started = time.perf_counter()
    out = Path(args.out)
    claims, sources = Generator(args.claims, args.seed).generate(out)
    size = os.path.getsize(out / "facts.yaml")
    print(
        f"wrote {out / 'facts.yaml'}: {claims} claims, {sources} sources, {size / 2**20:.1f} MB "
        f"in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
