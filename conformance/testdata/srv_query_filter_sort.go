package main

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

type Ticket struct {
	ID       int
	Title    string
	Status   string
	Priority int
	Assignee string
}

type Query struct {
	Status   []string
	MinPrio  int
	Assignee string
	Search   string
	SortBy   string
	Desc     bool
	Limit    int
}

// ParseQuery turns URL query parameters into a Query, collecting problems.
func ParseQuery(raw string) (Query, []string) {
	q := Query{SortBy: "id", Limit: 5}
	var problems []string
	vals, err := url.ParseQuery(raw)
	if err != nil {
		return q, []string{err.Error()}
	}
	if s := vals.Get("status"); s != "" {
		q.Status = strings.Split(s, ",")
	}
	if s := vals.Get("min_priority"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 5 {
			problems = append(problems, "min_priority must be 1..5")
		}
		q.MinPrio = n
	}
	q.Assignee = vals.Get("assignee")
	q.Search = strings.ToLower(vals.Get("q"))
	if s := vals.Get("sort"); s != "" {
		q.Desc = strings.HasPrefix(s, "-")
		q.SortBy = strings.TrimPrefix(s, "-")
		if !slices.Contains([]string{"id", "priority", "title", "assignee"}, q.SortBy) {
			problems = append(problems, "unknown sort field "+strconv.Quote(q.SortBy))
		}
	}
	if s := vals.Get("limit"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			q.Limit = min(n, 20)
		} else {
			problems = append(problems, "limit must be a positive integer")
		}
	}
	return q, problems
}

func (q Query) Match(t Ticket) bool {
	return (len(q.Status) == 0 || slices.Contains(q.Status, t.Status)) &&
		t.Priority >= q.MinPrio &&
		(q.Assignee == "" || t.Assignee == q.Assignee) &&
		(q.Search == "" || strings.Contains(strings.ToLower(t.Title), q.Search))
}

func (q Query) Run(all []Ticket) []Ticket {
	var out []Ticket
	for _, t := range all {
		if q.Match(t) {
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(a, b Ticket) int {
		var c int
		switch q.SortBy {
		case "id":
			c = cmp.Compare(a.ID, b.ID)
		case "priority":
			c = cmp.Compare(a.Priority, b.Priority)
		case "title":
			c = strings.Compare(a.Title, b.Title)
		case "assignee":
			c = strings.Compare(a.Assignee, b.Assignee)
		}
		if q.Desc {
			c = -c
		}
		return cmp.Or(c, cmp.Compare(a.ID, b.ID))
	})
	return out[:min(len(out), q.Limit)]
}

func main() {
	tickets := []Ticket{
		{1, "Login page broken", "open", 5, "ana"},
		{2, "Typo in footer", "closed", 1, "ben"},
		{3, "Slow search results", "open", 3, "ana"},
		{4, "Export to CSV", "in_progress", 2, "cho"},
		{5, "Search ignores accents", "open", 4, "ben"},
		{6, "Dark mode contrast", "in_progress", 2, ""},
		{7, "Password reset email", "open", 5, "cho"},
		{8, "Broken link on pricing", "closed", 3, "ana"},
	}

	queries := []string{
		"",
		"status=open&sort=-priority",
		"status=open,in_progress&min_priority=2&sort=title",
		"q=search&sort=assignee",
		"assignee=ana&limit=2&sort=-id",
		"min_priority=9&sort=color&limit=x",
	}
	for _, raw := range queries {
		q, problems := ParseQuery(raw)
		fmt.Printf("GET /tickets?%s\n", raw)
		if len(problems) > 0 {
			fmt.Printf("  400: %s\n", strings.Join(problems, "; "))
			continue
		}
		for _, t := range q.Run(tickets) {
			fmt.Printf("  #%d p%d %-12s %-6s %s\n", t.ID, t.Priority, t.Status, cmp.Or(t.Assignee, "-"), t.Title)
		}
	}
}
