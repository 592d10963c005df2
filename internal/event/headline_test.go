package event

import (
	"strconv"
	"strings"
	"testing"
)

func TestHeadline(t *testing.T) {
	tests := []struct{ tree, want string }{
		// simple past → present, singular and plural subjects
		{"Putin/Putin/PROPN/2/nsubj/NNP visited/visit/VERB/0/root/VBD Tehran/Tehran/PROPN/2/obj/NNP", "Putin visits Tehran"},
		{"Rebels/rebel/NOUN/2/nsubj/NNS attacked/attack/VERB/0/root/VBD the/the/DET/4/det base/base/NOUN/2/obj", "Rebels attack the base"},
		{"Iran/Iran/PROPN/4/nsubj/NNP and/and/CCONJ/3/cc Russia/Russia/PROPN/1/conj/NNP signed/sign/VERB/0/root/VBD a/a/DET/6/det pact/pact/NOUN/4/obj",
			"Iran and Russia sign a pact"},
		{"The/the/DET/2/det court/court/NOUN/3/nsubj/NN fined/fine/VERB/0/root/VBD Meta/Meta/PROPN/3/obj", "Court fines Meta"},
		{"The/the/DET/2/det storm/storm/NOUN/3/nsubj/NN passed/pass/VERB/0/root/VBD", "Storm passes"},
		{"The/the/DET/2/det army/army/NOUN/3/nsubj/NN tried/try/VERB/0/root/VBD", "Army tries"},
		{"Prices/price/NOUN/2/nsubj/NNS carried/carry/VERB/0/root/VBD on/on/ADP/2/compound:prt", "Prices carry on"},
		{"She/she/PRON/2/nsubj/PRP went/go/VERB/0/root/VBD home/home/ADV/2/advmod", "She goes home"},
		// future, perfect, progressive, passive, negation, copula
		{"Putin/Putin/PROPN/3/nsubj/NNP will/will/AUX/3/aux visit/visit/VERB/0/root/VB Tehran/Tehran/PROPN/3/obj", "Putin visits Tehran"},
		{"Iran/Iran/PROPN/3/nsubj/NNP had/have/AUX/3/aux agreed/agree/VERB/0/root/VBN", "Iran agrees"},
		{"They/they/PRON/3/nsubj/PRP were/be/AUX/3/aux planning/plan/VERB/0/root/VBG to/to/PART/5/mark sign/sign/VERB/3/xcomp/VB", "They plan to sign"},
		{"The/the/DET/2/det rally/rally/NOUN/4/nsubj:pass/NN was/be/AUX/4/aux:pass postponed/postpone/VERB/0/root/VBN", "Rally postponed"},
		{"Hale/Hale/PROPN/4/nsubj/NNP did/do/AUX/4/aux not/not/PART/4/advmod attend/attend/VERB/0/root/VB", "Hale does not attend"},
		{"The/the/DET/2/det truce/truce/NOUN/4/nsubj/NN was/be/AUX/4/cop firm/firm/ADJ/0/root/JJ", "Truce is firm"},
		{"The/the/DET/2/det final/final/NOUN/5/nsubj:pass/NN had/have/AUX/5/aux/VBD been/be/AUX/5/aux:pass/VBN set/set/VERB/0/root/VBN", "Final set"},
		{"The/the/DET/2/det final/final/NOUN/5/nsubj:pass/NN will/will/AUX/5/aux/MD be/be/AUX/5/aux:pass/VB held/hold/VERB/0/root/VBN", "Final will be held"},
		// a copula after "had been" or "will be" loses its auxiliary; after a modal it stays
		{"The/the/DET/2/det vote/vote/NOUN/5/nsubj/NN had/have/AUX/5/aux/VBD been/be/AUX/5/cop/VBN due/due/ADJ/0/root/JJ", "Vote is due"},
		{"The/the/DET/2/det truce/truce/NOUN/5/nsubj/NN will/will/AUX/5/aux/MD be/be/AUX/5/cop/VB firm/firm/ADJ/0/root/JJ", "Truce is firm"},
		{"The/the/DET/2/det truce/truce/NOUN/5/nsubj/NN could/could/AUX/5/aux/MD be/be/AUX/5/cop/VB firm/firm/ADJ/0/root/JJ", "Truce could be firm"},
		// coordinated verbs share the subject
		{"Hale/Hale/PROPN/2/nsubj/NNP appeared/appear/VERB/0/root/VBD and/and/CCONJ/4/cc pleaded/plead/VERB/2/conj/VBD", "Hale appears and pleads"},
		// coordination the tree missed still makes the subject plural
		{"Russia/Russia/PROPN/4/nsubj/NNP and/and/CCONJ/3/cc Iran/Iran/PROPN/4/nsubj/NNP were/be/AUX/5/aux planning/plan/VERB/0/root/VBG", "Russia and Iran plan"},
		// a participle coordinated with a passive shares its auxiliary
		{"Mthembu/Mthembu/PROPN/3/nsubj:pass/NNP was/be/AUX/3/aux:pass/VBD arrested/arrest/VERB/0/root/VBN and/and/CCONJ/5/cc granted/grant/VERB/3/conj/VBN bail/bail/NOUN/5/obj/NN",
			"Mthembu arrested and granted bail"},
		// the parts of one name are not a plural subject
		{"Lula/Lula/PROPN/3/nsubj/NNP Silva/Silva/PROPN/1/conj/NNP visited/visit/VERB/0/root/VBD Recife/Recife/PROPN/3/obj/NNP and/and/CCONJ/6/cc promised/promise/VERB/3/conj/VBN",
			"Lula Silva visits Recife and promises"},
		// an "and" inside the name of one body
		{"The/the/DET/2/det Competition/competition/NOUN/6/nsubj/NN and/and/CCONJ/6/cc Markets/Market/PROPN/5/compound/NNPS Authority/Authority/PROPN/6/nsubj/NNP referred/refer/VERB/0/root/VBD it/it/PRON/6/obj/PRP",
			"Competition and Markets Authority refers it"},
		// a first name the tagger took for a conjunction joins nothing
		{"Its/its/PRON/2/nmod:poss/PRP$ president/president/NOUN/5/nsubj/NN Héctor/héctor/CCONJ/4/cc/CC Villalobos/Villalobos/PROPN/2/conj/NNP said/say/VERB/0/root/VBD",
			"Its president Héctor Villalobos says"},
		// a participle that opens the headline takes the present
		{"reaching/reach/VERB/0/root/VBG $/$/SYM/1/obj/$", "Reaches $"},
		// a fragment without a verb stays as it is
		{"Iran/Iran/PROPN/3/nmod:poss/NNP 's/'s/PART/1/case attacks/attack/NOUN/0/root/NNS", "Iran 's attacks"},
		{"A/a/DET/2/det deal/deal/NOUN/0/root/NN", "A deal"},
	}
	for _, tc := range tests {
		s, text := sentence(t, tc.tree)
		if got := Headline(text, s); got != tc.want {
			t.Errorf("Headline(%q) = %q, want %q", text, got, tc.want)
		}
	}
}

func TestProject(t *testing.T) {
	s, text := sentence(t, "The/the/DET/2/det ministry/ministry/NOUN/3/nsubj/NN said/say/VERB/0/root Iran/Iran/PROPN/5/nsubj/NNP attacked/attack/VERB/3/ccomp/VBD Israel/Israel/PROPN/5/obj/NNP")
	p, ok := Project(s, text, "iran attacked Israel")
	if !ok {
		t.Fatal("no projection")
	}
	var got []string
	for _, w := range p.Words {
		got = append(got, w.Form+"/"+strconv.Itoa(w.Head)+"/"+"iran attacked Israel"[w.Start:w.End])
	}
	if want := "Iran/2/iran attacked/0/attacked Israel/2/Israel"; strings.Join(got, " ") != want {
		t.Errorf("Project: %s, want %s", strings.Join(got, " "), want)
	}
	if h := Headline("iran attacked Israel", p); h != "Iran attacks Israel" {
		t.Errorf("Headline of the projection: %q", h)
	}
	if _, ok := Project(s, text, "Iran struck Israel"); ok {
		t.Error("a word the sentence lacks projected")
	}
}

// TestSubjectOf checks that a gist that starts inside its clause gets
// the clause's subject, and that one with its subject stays as it is.
func TestSubjectOf(t *testing.T) {
	tests := []struct {
		name, tree, gist, headline, want string
	}{
		{"a relative clause: its antecedent",
			"The/the/DET/2/det run/run/NOUN/9/nsubj:pass/NN ,/,/PUNCT/7/punct which/which/PRON/7/nsubj:pass/WDT had/have/AUX/7/aux/VBD been/be/AUX/7/aux:pass/VBN set/set/VERB/2/acl:relcl/VBN was/be/AUX/9/aux:pass/VBD postponed/postpone/VERB/0/root/VBN",
			"had been set", "Had been set", "Run had been set"},
		{"an infinitive: the subject of the word it completes",
			"Trần/Trần/PROPN/3/nsubj/NNP is/be/AUX/3/cop/VBZ due/due/ADJ/0/root/JJ to/to/PART/5/mark address/address/VERB/3/xcomp/VB a/a/DET/7/det forum/forum/NOUN/5/obj/NN",
			"to address a forum", "To address a forum", "Trần to address a forum"},
		{"a plural subject: the verb agrees",
			"Prices/price/NOUN/2/nsubj/NNS collapsed/collapse/VERB/0/root/VBD ,/,/PUNCT/4/punct forcing/force/VERB/2/advcl/VBG Kestrel/Kestrel/PROPN/4/obj/NNP",
			"collapsed, forcing Kestrel", "Collapses, forcing Kestrel", "Prices collapse, forcing Kestrel"},
		{"a participle set after its clause: the clause's subject",
			"Trade/trade/NOUN/3/nsubj/NN has/have/AUX/3/aux/VBZ grown/grow/VERB/0/root/VBN ,/,/PUNCT/5/punct reaching/reach/VERB/3/advcl/VBG $/$/SYM/5/obj/$ 2/2/NUM/6/nummod/CD",
			"reaching $ 2", "Reaches $ 2", "Trade reaches $ 2"},
		{"a gist that opens with its subject",
			"Prices/price/NOUN/2/nsubj/NNS collapsed/collapse/VERB/0/root/VBD",
			"Prices collapsed", "Prices collapse", "Prices collapse"},
		{"a phrase a preposition governs is no subject, whatever the parse says",
			"according/accord/VERB/6/case/VBG to/to/ADP/1/fixed/TO the/the/DET/4/det website/website/NOUN/6/nsubj/NN ,/,/PUNCT/6/punct hit/hit/VERB/0/root/VBD a/a/DET/8/det record/record/NOUN/6/obj/NN",
			"hit a record", "Hits a record", "Hits a record"},
		{"a pronoun is no subject to add",
			"Then/then/ADV/3/advmod/RB he/he/PRON/3/nsubj/PRP left/leave/VERB/0/root/VBD",
			"left", "Leaves", "Leaves"},
	}
	for _, tc := range tests {
		s, text := sentence(t, tc.tree)
		if got := SubjectOf(s, text, tc.gist).Join(tc.headline); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
	long := Subject{Text: "The Abel Tasman Coastal Classic"}
	if got := long.Join("Had been set for Saturday at the park by the organisers of the race"); len(strings.Fields(got)) > 12 {
		t.Errorf("joined gist over 12 words: %q", got)
	}
}
