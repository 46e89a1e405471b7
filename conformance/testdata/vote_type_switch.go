package main

import (
	"fmt"
	"strings"
)

// Vote is anything that can be cast in this mixed-method election.
type Vote interface {
	Voter() string
}

type InPerson struct {
	VoterID string
	Choice  string
}

type MailIn struct {
	VoterID   string
	Choice    string
	Postmark  int // day of month
	Signature bool
}

type Provisional struct {
	VoterID string
	Choice  string
	Reason  string
}

type WriteIn struct {
	VoterID string
	Name    string
}

func (v InPerson) Voter() string     { return v.VoterID }
func (v MailIn) Voter() string       { return v.VoterID }
func (v *Provisional) Voter() string { return v.VoterID }
func (v WriteIn) Voter() string      { return v.VoterID }

const electionDay = 5

// classify decides whether a vote counts and for whom.
func classify(v Vote) (choice string, counted bool, note string) {
	switch x := v.(type) {
	case InPerson:
		return x.Choice, true, "in person"
	case MailIn:
		if !x.Signature {
			return "", false, "mail: unsigned envelope"
		}
		if x.Postmark > electionDay {
			return "", false, fmt.Sprintf("mail: postmarked day %d (late)", x.Postmark)
		}
		return x.Choice, true, "mail"
	case *Provisional:
		if strings.Contains(x.Reason, "verified") {
			return x.Choice, true, "provisional, " + x.Reason
		}
		return "", false, "provisional pending: " + x.Reason
	case WriteIn:
		return "write-in:" + strings.ToLower(x.Name), true, "write-in"
	case nil:
		return "", false, "nil vote"
	default:
		return "", false, fmt.Sprintf("unknown kind %T", x)
	}
}

func main() {
	votes := []Vote{
		InPerson{"V001", "Lopez"},
		MailIn{"V002", "Chen", 3, true},
		MailIn{"V003", "Lopez", 7, true},
		&Provisional{"V004", "Chen", "id verified"},
		MailIn{"V005", "Chen", 2, false},
		WriteIn{"V006", "Mickey Mouse"},
		&Provisional{"V007", "Lopez", "address mismatch"},
		InPerson{"V008", "Chen"},
		nil,
	}

	tally := map[string]int{}
	rejected := 0
	for i, v := range votes {
		choice, ok, note := classify(v)
		id := "----"
		if v != nil {
			id = v.Voter()
		}
		mark := "x"
		if ok {
			tally[choice]++
			mark = "+"
		} else {
			rejected++
		}
		fmt.Printf("%d %s %-5s %-18T %s\n", i, mark, id, v, note)
	}
	fmt.Printf("Lopez=%d Chen=%d write-ins=%d rejected=%d\n",
		tally["Lopez"], tally["Chen"], tally["write-in:mickey mouse"], rejected)
}
