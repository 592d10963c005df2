package event

// retypeTests are the sentences whose words around the trigger change the
// type the trigger alone gives: what is overturned, delivered, stopped or
// heard, a probe, a storm of another name.
var retypeTests = []analyzeTest{
	{
		name:     "a boat that overturns has an accident",
		sentence: "The trawler overturned off Blackrock on 14 August 2021.",
		expr:     "14 August 2021",
		want:     Analysis{Event: true, Type: "disaster", Status: "reported"},
	},
	{
		name:     "a court that overturns a ruling",
		sentence: "The appeals court overturned the ruling on 3 May.",
		expr:     "3 May",
		want:     Analysis{Event: true, Type: "legal", Status: "reported"},
	},
	{
		name:     "a word of a body's name names no event",
		sentence: "The Competition and Markets Authority will publish its findings on 6 June.",
		expr:     "6 June",
		want:     Analysis{Event: true, Type: "report", Status: "scheduled", Actors: []string{"Competition and Markets Authority"}},
	},
	{
		name:     "imports stopped are a measure against the seller",
		sentence: "Japan suspended imports of French poultry on Tuesday.",
		expr:     "Tuesday",
		want:     Analysis{Event: true, Type: "sanctions", Status: "reported", Actors: []string{"Japan"}},
	},
	{
		name:     "exports stopped are a policy",
		sentence: "Tanzania will ban exports of maize from 1 October.",
		expr:     "1 October",
		want:     Analysis{Event: true, Type: "economic", Status: "scheduled", Actors: []string{"Tanzania"}},
	},
	{
		name:     "a listed phrase may begin with the last word of a name",
		sentence: "The union will lodge a High Court challenge on 24 August.",
		expr:     "24 August",
		want:     Analysis{Event: true, Type: "legal", Status: "scheduled"},
	},
	{
		name:     "a case a court hears",
		sentence: "His lawyer said he would appeal to the Court of Arbitration for Sport, which could hear the case in January.",
		expr:     "January",
		want:     Analysis{Event: true, Type: "legal", Status: "reported", Summary: "The Court of Arbitration for Sport could hear the case"},
	},
	{
		name:     "a case heard is a court's",
		sentence: "The panel heard the case on 3 May.",
		expr:     "3 May",
		want:     Analysis{Event: true, Type: "legal", Status: "reported"},
	},
	{
		name:     "weather of any kind that strikes is a disaster",
		sentence: "On 3 May a thunderstorm cut the festival short.",
		expr:     "3 May",
		want:     Analysis{Event: true, Type: "disaster", Status: "reported"},
	},
	{
		name:     "a speech delivered is a statement",
		sentence: "His Iron Curtain speech, delivered on 5 March 1946, named the threat.",
		expr:     "5 March 1946",
		want:     Analysis{Event: true, Type: "statement", Status: "reported"},
	},
	{
		name:     "jets delivered are a supply",
		sentence: "Lockheed delivered 12 jets to the air force on 3 May.",
		expr:     "3 May",
		want:     Analysis{Event: true, Type: "supply", Status: "reported"},
	},
	{
		name:     "a space probe is a craft, not an inquiry",
		sentence: "The Corvus probe reached the asteroid on Monday.",
		expr:     "Monday",
		want:     Analysis{Event: true, Type: "other", Status: "reported"},
	},
	{
		name:     "a probe the police open is an inquiry",
		sentence: "Police opened a probe into the bank on Monday.",
		expr:     "Monday",
		want:     Analysis{Event: true, Type: "legal", Status: "reported"},
	},
	{
		name:     "a participle that describes the event noun before it names nothing",
		sentence: "A blaze blamed on a HomeHub 2 destroyed a family home in Boise on June 3.",
		expr:     "June 3",
		want:     Analysis{Event: true, Type: "disaster", Status: "reported", Location: "Boise"},
	},
	{
		name:     "a disease that kills is a disaster",
		sentence: "Malaria killed about 580,000 people in Africa in 2024.",
		expr:     "2024",
		want:     Analysis{Event: true, Type: "disaster", Status: "reported", Location: "Africa"},
	},
	{
		name:     "gunmen who kill attack",
		sentence: "Gunmen killed 12 villagers on Monday.",
		expr:     "Monday",
		want:     Analysis{Event: true, Type: "attack", Status: "reported"},
	},
	{
		name:     "an audit of contracts is the audit",
		sentence: "The port authority would publish an independent audit of its contracts in December.",
		expr:     "December",
		want:     Analysis{Event: true, Type: "report", Status: "reported"},
	},
	{
		name:     "bribes taken are a legal matter",
		sentence: "He took €2.3 million in bribes from a towing company in 2016.",
		expr:     "2016",
		want:     Analysis{Event: true, Type: "legal", Status: "reported"},
	},
	{
		name:     "a case after a legal word in its clause is a court's",
		sentence: "The director was fined €400,000 in a separate case last year.",
		expr:     "last year",
		want:     Analysis{Event: true, Type: "legal", Status: "reported"},
	},
}
