package timeline

import (
	"strings"
)

// Kinds of gazetteer entries.
const (
	anCountry = iota + 1 // a country's name: "Iran", "the United Kingdom"
	anDemonym            // "Iranian", "British"; a plural such as "Russians" names the people
	anMetonym            // a capital or seat of power: "Moscow", "the Kremlin"
	anOrg                // an organisation: "EU", "NATO"
	anMedia              // a news outlet, never an actor: "Reuters"
)

// anEntry is a gazetteer entry: the canonical name and what kind of
// mention it is.
type anEntry struct {
	name   string
	kind   int
	plural bool // a plural demonym: "Russians"
}

var (
	// anGazetteer maps lower-case token sequences, joined by spaces, to
	// entries; anGazMax is the longest sequence in tokens.
	anGazetteer = map[string]anEntry{}
	anGazMax    int
	// anGazFirst maps the first word of each entry to the longest entry
	// starting with it, so most words are dismissed with one lookup.
	anGazFirst = map[string]int{}
)

// anCountries lists the UN member and observer states and a few others:
// canonical name | other names | demonyms | capitals and seats of power.
const anCountries = `Afghanistan||Afghan,Afghans|Kabul
Albania||Albanian,Albanians|Tirana
Algeria||Algerian,Algerians|Algiers
Andorra||Andorran,Andorrans|
Angola||Angolan,Angolans|Luanda
Antigua and Barbuda|Antigua||
Argentina||Argentine,Argentinian,Argentines,Argentinians|Buenos Aires
Armenia||Armenian,Armenians|Yerevan
Australia||Australian,Australians|Canberra
Austria||Austrian,Austrians|Vienna
Azerbaijan||Azerbaijani,Azerbaijanis,Azeri,Azeris|Baku
Bahamas|the Bahamas|Bahamian,Bahamians|Nassau
Bahrain||Bahraini,Bahrainis|Manama
Bangladesh||Bangladeshi,Bangladeshis|Dhaka
Barbados||Barbadian,Barbadians|Bridgetown
Belarus||Belarusian,Belarusians|Minsk
Belgium||Belgian,Belgians|
Belize||Belizean,Belizeans|Belmopan
Benin||Beninese|Porto-Novo,Cotonou
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian,Bolivians|La Paz,Sucre
Bosnia and Herzegovina|Bosnia|Bosnian,Bosnians|Sarajevo
Botswana||Motswana,Batswana|Gaborone
Brazil||Brazilian,Brazilians|Brasília,Brasilia
Brunei||Bruneian,Bruneians|Bandar Seri Begawan
Bulgaria||Bulgarian,Bulgarians|Sofia
Burkina Faso||Burkinabe,Burkinabè|Ouagadougou
Burundi||Burundian,Burundians|Gitega,Bujumbura
Cabo Verde|Cape Verde|Cape Verdean,Cape Verdeans|Praia
Cambodia||Cambodian,Cambodians|Phnom Penh
Cameroon||Cameroonian,Cameroonians|Yaoundé,Yaounde
Canada||Canadian,Canadians|Ottawa
Central African Republic|CAR|Central African|Bangui
Chad||Chadian,Chadians|N'Djamena
Chile||Chilean,Chileans|
China|People's Republic of China,PRC,mainland China|Chinese|Beijing,Zhongnanhai
Colombia||Colombian,Colombians|Bogotá,Bogota
Comoros||Comorian,Comorians|Moroni
Congo|Republic of the Congo,Congo-Brazzaville|Congolese|Brazzaville
Democratic Republic of the Congo|DR Congo,DRC,Congo-Kinshasa,DR Congo's||Kinshasa
Costa Rica||Costa Rican,Costa Ricans|San José,San Jose
Côte d'Ivoire|Ivory Coast,Cote d'Ivoire|Ivorian,Ivorians|Yamoussoukro,Abidjan
Croatia||Croatian,Croatians,Croat,Croats|Zagreb
Cuba||Cuban,Cubans|Havana
Cyprus||Cypriot,Cypriots|Nicosia
Czech Republic|Czechia|Czech,Czechs|Prague
Denmark||Danish,Danes|Copenhagen
Djibouti||Djiboutian,Djiboutians|
Dominica||Dominican|Roseau
Dominican Republic|||Santo Domingo
Ecuador||Ecuadorian,Ecuadorians|Quito
Egypt||Egyptian,Egyptians|Cairo
El Salvador||Salvadoran,Salvadorans,Salvadorian|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean,Eritreans|Asmara
Estonia||Estonian,Estonians|Tallinn
Eswatini|Swaziland|Swazi,Swazis|Mbabane
Ethiopia||Ethiopian,Ethiopians|Addis Ababa
Fiji||Fijian,Fijians|Suva
Finland||Finnish,Finns|Helsinki
France||French|Paris,the Elysée,the Elysee,Élysée,Elysee
Gabon||Gabonese|Libreville
Gambia|the Gambia|Gambian,Gambians|Banjul
Georgia||Georgian,Georgians|Tbilisi
Germany||German,Germans|Berlin
Ghana||Ghanaian,Ghanaians|Accra
Greece||Greek,Greeks|Athens
Grenada||Grenadian,Grenadians|
Guatemala||Guatemalan,Guatemalans|Guatemala City
Guinea||Guinean,Guineans|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|
Haiti||Haitian,Haitians|Port-au-Prince
Honduras||Honduran,Hondurans|Tegucigalpa
Hungary||Hungarian,Hungarians|Budapest
Iceland||Icelandic,Icelanders|Reykjavik,Reykjavík
India||Indian,Indians|New Delhi,Delhi
Indonesia||Indonesian,Indonesians|Jakarta
Iran|Islamic Republic of Iran,the Islamic Republic|Iranian,Iranians|Tehran,Teheran
Iraq||Iraqi,Iraqis|Baghdad
Ireland|Republic of Ireland|Irish|Dublin
Israel||Israeli,Israelis|Jerusalem,Tel Aviv
Italy||Italian,Italians|Rome
Jamaica||Jamaican,Jamaicans|
Japan||Japanese|Tokyo
Jordan||Jordanian,Jordanians|Amman
Kazakhstan||Kazakh,Kazakhs,Kazakhstani|Astana,Nur-Sultan
Kenya||Kenyan,Kenyans|Nairobi
Kiribati|||Tarawa
Kuwait||Kuwaiti,Kuwaitis|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao,Laotian,Laotians|Vientiane
Latvia||Latvian,Latvians|Riga
Lebanon||Lebanese|Beirut
Lesotho||Basotho|Maseru
Liberia||Liberian,Liberians|Monrovia
Libya||Libyan,Libyans|Tripoli
Liechtenstein|||Vaduz
Lithuania||Lithuanian,Lithuanians|Vilnius
Luxembourg||Luxembourgish|
Madagascar||Malagasy|Antananarivo
Malawi||Malawian,Malawians|Lilongwe
Malaysia||Malaysian,Malaysians|Kuala Lumpur,Putrajaya
Maldives|the Maldives|Maldivian,Maldivians|
Mali||Malian,Malians|Bamako
Malta||Maltese|Valletta
Marshall Islands|the Marshall Islands|Marshallese|Majuro
Mauritania||Mauritanian,Mauritanians|Nouakchott
Mauritius||Mauritian,Mauritians|Port Louis
Mexico||Mexican,Mexicans|Mexico City
Micronesia|Federated States of Micronesia|Micronesian|Palikir
Moldova||Moldovan,Moldovans|Chisinau,Chișinău
Monaco||Monegasque|
Mongolia||Mongolian,Mongolians|Ulaanbaatar,Ulan Bator
Montenegro||Montenegrin,Montenegrins|Podgorica
Morocco||Moroccan,Moroccans|Rabat
Mozambique||Mozambican,Mozambicans|Maputo
Myanmar|Burma|Burmese|Naypyidaw,Naypyitaw
Namibia||Namibian,Namibians|Windhoek
Nauru||Nauruan|
Nepal||Nepali,Nepalese|Kathmandu
Netherlands|the Netherlands,Holland|Dutch|Amsterdam,The Hague
New Zealand||New Zealander,New Zealanders|Wellington
Nicaragua||Nicaraguan,Nicaraguans|Managua
Niger||Nigerien,Nigeriens|Niamey
Nigeria||Nigerian,Nigerians|Abuja
North Korea|DPRK,Democratic People's Republic of Korea|North Korean,North Koreans|Pyongyang
North Macedonia|Macedonia|Macedonian,Macedonians|Skopje
Norway||Norwegian,Norwegians|Oslo
Oman||Omani,Omanis|Muscat
Pakistan||Pakistani,Pakistanis|Islamabad
Palau||Palauan|Ngerulmud
Panama||Panamanian,Panamanians|Panama City
Papua New Guinea|PNG|Papua New Guinean|Port Moresby
Paraguay||Paraguayan,Paraguayans|Asunción,Asuncion
Peru||Peruvian,Peruvians|Lima
Philippines|the Philippines|Philippine,Filipino,Filipinos|Manila
Poland||Polish,Poles|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari,Qataris|Doha
Romania||Romanian,Romanians|Bucharest
Russia|Russian Federation,the Russian Federation|Russian,Russians|Moscow,the Kremlin,Kremlin
Rwanda||Rwandan,Rwandans|Kigali
Saint Kitts and Nevis|St Kitts and Nevis||Basseterre
Saint Lucia|St Lucia|Saint Lucian|Castries
Saint Vincent and the Grenadines|St Vincent and the Grenadines||Kingstown
Samoa||Samoan,Samoans|Apia
San Marino|||
São Tomé and Príncipe|Sao Tome and Principe||
Saudi Arabia||Saudi,Saudis|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian,Serbians,Serb,Serbs|Belgrade
Seychelles|the Seychelles|Seychellois|
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean,Singaporeans|
Slovakia||Slovak,Slovaks|Bratislava
Slovenia||Slovenian,Slovenians,Slovene,Slovenes|Ljubljana
Solomon Islands|the Solomon Islands|Solomon Islander|Honiara
Somalia||Somali,Somalis|Mogadishu
South Africa||South African,South Africans|Pretoria,Cape Town
South Korea|Republic of Korea,ROK,Korea|South Korean,South Koreans,Korean,Koreans|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish,Spaniards|Madrid
Sri Lanka||Sri Lankan,Sri Lankans|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish,Swedes|Stockholm
Switzerland||Swiss|Bern,Berne
Syria||Syrian,Syrians|Damascus
Tajikistan||Tajik,Tajiks|Dushanbe
Tanzania||Tanzanian,Tanzanians|Dodoma,Dar es Salaam
Thailand||Thai|Bangkok
Timor-Leste|East Timor|Timorese|Dili
Togo||Togolese|Lomé,Lome
Tonga||Tongan,Tongans|Nuku'alofa
Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
Tunisia||Tunisian,Tunisians|Tunis
Turkey|Türkiye,Turkiye|Turkish,Turks|Ankara
Turkmenistan||Turkmen|Ashgabat
Tuvalu||Tuvaluan|Funafuti
Uganda||Ugandan,Ugandans|Kampala
Ukraine||Ukrainian,Ukrainians|Kyiv,Kiev
United Arab Emirates|UAE,U.A.E.,the Emirates,the United Arab Emirates|Emirati,Emiratis|Abu Dhabi
United Kingdom|UK,U.K.,Britain,Great Britain,the United Kingdom,the UK,the U.K.|British,Briton,Britons|London,Downing Street,Whitehall
United States|US,U.S.,USA,U.S.A.,the United States,the US,the U.S.,United States of America,America|American,Americans|Washington,the White House,White House,the Pentagon,Pentagon
Uruguay||Uruguayan,Uruguayans|Montevideo
Uzbekistan||Uzbek,Uzbeks|Tashkent
Vanuatu||Ni-Vanuatu|Port Vila
Venezuela||Venezuelan,Venezuelans|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni,Yemenis|Sanaa,Sana'a
Zambia||Zambian,Zambians|Lusaka
Zimbabwe||Zimbabwean,Zimbabweans|Harare
Palestine|State of Palestine,Palestinian territories,West Bank,Gaza|Palestinian,Palestinians|Ramallah
Vatican|Holy See,Vatican City||
Taiwan|Republic of China|Taiwanese|Taipei
Kosovo||Kosovar,Kosovars|Pristina`

// anOrgs lists organisations: canonical name | other names.
const anOrgs = `European Union|EU,E.U.,EU Council,Council of the European Union,Council of the EU,European Council,EU's
United Nations|UN,U.N.,UN General Assembly,U.N. General Assembly,United Nations General Assembly,UN Security Council,U.N. Security Council,Security Council,United Nations Security Council,UN Human Rights Council
NATO|Nato,North Atlantic Treaty Organization,North Atlantic Treaty Organisation
European Commission|
African Union|AU
ASEAN|Association of Southeast Asian Nations
OPEC|OPEC+,Organization of the Petroleum Exporting Countries
IAEA|International Atomic Energy Agency
World Health Organization|World Health Organisation
International Monetary Fund|IMF
World Bank|
World Trade Organization|WTO,World Trade Organisation
G7|Group of Seven
G20|Group of 20,Group of Twenty
BRICS|
G5 Sahel|
Islamic State|ISIS,ISIL,Islamic State group,Daesh
Hamas|
Hezbollah|
Taliban|the Taliban
Houthis|Houthi,the Houthis
al-Qaeda|Al-Qaeda,al Qaeda,Al Qaeda
International Committee of the Red Cross|ICRC,Red Cross
International Criminal Court|ICC
International Court of Justice|ICJ
OSCE|Organization for Security and Co-operation in Europe
Arab League|the Arab League
Gulf Cooperation Council|GCC
OECD|
APEC|Asia-Pacific Economic Cooperation
Council of Europe|
Interpol|
European Central Bank|ECB
Federal Reserve|the Fed
Gavi|
Wagner Group|Wagner
Shanghai Cooperation Organisation|SCO,Shanghai Cooperation Organization
Collective Security Treaty Organization|CSTO
Eurasian Economic Union|EAEU
European Parliament|
UNICEF|
UNHCR|
World Food Programme|WFP
Boeing|
Airbus|
Lockheed Martin|
Northrop Grumman|
General Dynamics|
Raytheon|RTX
BAE Systems|
Dassault Aviation|Dassault
Embraer|
Rheinmetall|
Leonardo|
Rosatom|
Rosoboronexport|
Gazprom|
Rosneft|
Saudi Aramco|Aramco
Huawei|
Samsung|
TotalEnergies|
ExxonMobil|Exxon Mobil
Glencore|
Rio Tinto|
BHP|`

// anMediaNames lists news outlets, which report events but take no part.
const anMediaNames = `Reuters,AFP,Agence France-Presse,AP,Associated Press,Bloomberg,Xinhua,TASS,Interfax,RIA Novosti,BBC,
CNN,Al Jazeera,Radio Svoboda,Radio Liberty,Radio Free Europe,RFE/RL,Tehran Times,Financial Times,New York Times,
Washington Post,Wall Street Journal,Guardian,Kyodo,Yonhap,IRNA,Fars,Tasnim,ISNA,Anadolu,EFE,dpa,Ukrinform,
Meduza,Kommersant,Izvestia,Pravda,Le Monde,Der Spiegel,Politico,Axios,NHK,Sputnik,RT,Euronews,Deutsche Welle,DW,
LB.ua,Ukrainska Pravda,Kyiv Independent,Times of Israel,Haaretz,South China Morning Post,Global Times,CBS,NBC,ABC,Fox News`

func init() {
	add := func(alias string, e anEntry) {
		var parts []string
		for _, t := range anTokens(alias) {
			parts = append(parts, t.low)
		}
		if len(parts) == 0 {
			return
		}
		key := strings.Join(parts, " ")
		if _, ok := anGazetteer[key]; ok && e.kind != anCountry {
			return // a country's own name wins
		}
		anGazetteer[key] = e
		anGazMax = max(anGazMax, len(parts))
		anGazFirst[parts[0]] = max(anGazFirst[parts[0]], len(parts))
	}
	var tableNames []string
	for _, line := range strings.Split(anCountries, "\n") {
		f := strings.Split(line, "|")
		if len(f) != 4 {
			continue
		}
		name := f[0]
		tableNames = append(tableNames, name)
		tableNames = append(tableNames, anList(f[1])...)
		add(name, anEntry{name: name, kind: anCountry})
		add("the "+name, anEntry{name: name, kind: anCountry})
		for _, s := range anList(f[1]) {
			add(s, anEntry{name: name, kind: anCountry})
		}
		for _, s := range anList(f[2]) {
			add(s, anEntry{name: name, kind: anDemonym, plural: strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss")})
		}
		for _, s := range anList(f[3]) {
			add(s, anEntry{name: name, kind: anMetonym})
		}
	}
	for _, name := range isoCountries(tableNames) {
		add(name, anEntry{name: name, kind: anCountry})
		add("the "+name, anEntry{name: name, kind: anCountry})
	}
	isoCapitals(tableNames)
	for _, line := range strings.Split(anOrgs, "\n") {
		name, rest, _ := strings.Cut(line, "|")
		add(name, anEntry{name: name, kind: anOrg})
		add("the "+name, anEntry{name: name, kind: anOrg})
		for _, s := range anList(rest) {
			add(s, anEntry{name: name, kind: anOrg})
		}
	}
	for _, s := range anList(anMediaNames) {
		add(s, anEntry{name: s, kind: anMedia})
		add("the "+s, anEntry{name: s, kind: anMedia})
	}
	// Plural demonyms that do not end in s: "the French", "the British".
	for _, s := range []string{"the french", "the british", "the chinese", "the japanese", "the dutch", "the swiss"} {
		if e, ok := anGazetteer[strings.TrimPrefix(s, "the ")]; ok {
			anGazetteer[s] = anEntry{name: e.name, kind: anDemonym, plural: true}
		}
	}
}

func anList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// anStateNoun lists the nouns after which a demonym names a state actor
// ("Iranian President", "Finnish authorities") rather than a product or a
// company's home ("Russian jets", "Australian miner").
var anStateNoun = map[string]bool{}

// anTitle lists words that introduce a named person: "President Masoud
// Pezeshkian", "striker Kwame Mensah".
var anTitle = map[string]bool{}

// anTitleMod lists words that may stand between a country and a title:
// "Deputy Foreign Minister", "special envoy".
var anTitleMod = map[string]bool{}

// anOrgHead lists the last words of organisation names: "Kyushu
// Electric", "Supreme Electoral Tribunal", "Pacífico Airlines".
var anOrgHead = map[string]bool{}

// anMediaHead lists the last words of news outlets' names.
var anMediaHead = map[string]bool{}

// anPlaceMod lists lower-case words allowed between "in" and a place
// name: "in central Mali", "in neighbouring Niger".
var anPlaceMod = map[string]bool{}

func init() {
	fill := func(m map[string]bool, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = true
		}
	}
	fill(anStateNoun, `president presidents prime premier minister ministers ministry government governments
		officials official authorities forces army navy military troops soldiers diplomats diplomat
		delegation envoy envoys ambassador ambassadors leader leaders leadership court parliament
		voters police border coast cabinet state embassy defence defense counterpart counterparts air
		foreign king queen prince regime administration lawmakers legislators negotiators commander
		commanders general generals security intelligence spy officers warships people nationals
		citizens mps senators chancellor emir monarch junta opposition rebels militants fighters personnel
		servicemen sailors marines guards crew crews pilots agents militia militiamen paramilitaries vessels
		vessel ship ships tanker tankers port ports`)
	fill(anTitle, `president minister secretary chancellor premier king queen prince princess emir sheikh
		envoy ambassador judge executive ceo chairman chairwoman chair chairperson director manager captain
		striker midfielder defender goalkeeper coach spokesman spokeswoman spokesperson adviser advisor
		governor mayor senator congressman congresswoman general commander leader businessman
		businesswoman economist lawyer prosecutor pope emperor brother-in-law sister-in-law founder
		president-elect candidate counterpart deputy chief head mr mrs ms dr professor prof
		vice-president ayatollah secretary-general official analyst
		admiral colonel lieutenant marshal sergeant officer negotiator mediator delegate commissioner
		representative attorney sheriff detective inspector superintendent archbishop bishop cardinal
		patriarch rabbi imam cleric actor actress singer author artist winger forward owner partner
		husband wife son daughter father mother brother sister`)
	fill(anTitleMod, `deputy foreign defence defense prime vice special first chief executive former
		interior finance health trade economy economic energy justice education culture agriculture
		senior acting presidential peace national security foreign-affairs assistant supreme top
		state environment transport labour labor industry home affairs development
		interim caretaker newly elected outgoing incoming general attorney district federal
		procurement former managing`)
	fill(anOrgHead, `party agency tribunal airlines airways resources minerals electric shipping corp
		corporation inc ltd llc plc group bank council commission committee conference alliance
		district institute university museum museo union association federation front movement
		organisation organization company holdings energy power motors telecom network foundation
		authority board services united town fc club league consortium exchange fund trust partners
		industries systems technologies laboratories pharmaceuticals petroleum mining metals steel
		railways railway observatory programme coalition rovers wanderers athletic albion rangers
		ag gmbh oyj asa spa nv pharma labs biologics therapeutics biotech`)
	fill(anMediaHead, `times post journal herald tribune gazette telegraph news wire radio television tv press
		daily svoboda pravda chronicle observer independent standard mirror express monitor review`)
	fill(anPlaceMod, `central northern southern eastern western north south east west north-east north-west
		south-east south-west northeastern northwestern southeastern southwestern neighbouring
		neighboring nearby coastal rural downtown occupied war-torn remote the`)
}

// anOfficial lists titles that make a person speak for a state, so that
// "Iranian President Masoud Pezeshkian" is "Iran (Masoud Pezeshkian)" but
// "a Taiwanese businessman, Lin Chia-hao" is only "Lin Chia-hao".
var anOfficial = map[string]bool{
	"president": true, "minister": true, "secretary": true, "chancellor": true, "premier": true, "king": true,
	"queen": true, "prince": true, "emir": true, "sheikh": true, "envoy": true, "ambassador": true,
	"governor": true, "mayor": true, "senator": true, "general": true, "commander": true, "leader": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "counterpart": true,
	"deputy": true, "admiral": true, "president-elect": true, "vice-president": true, "ayatollah": true,
	"negotiator": true, "adviser": true, "advisor": true, "secretary-general": true, "colonel": true,
	"marshal": true, "diplomat": true, "delegate": true, "representative": true, "commissioner": true,
}
