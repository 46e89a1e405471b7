package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
)

type Task struct {
	ID       int    `json:"id"`
	Title    string `json:"title"`
	Priority int    `json:"priority"`
	Status   string `json:"status"`
	Owner    string `json:"owner"`
}

var tasks = []Task{
	{1, "Fix login bug", 1, "open", "kim"},
	{2, "Write docs", 3, "done", "lee"},
	{3, "Refactor cache", 2, "open", "lee"},
	{4, "Upgrade deps", 2, "in_progress", "kim"},
	{5, "Add metrics", 3, "open", "ravi"},
	{6, "Fix flaky test", 1, "done", "ravi"},
}

var sorters = map[string]func(a, b Task) int{
	"id":       func(a, b Task) int { return a.ID - b.ID },
	"priority": func(a, b Task) int { return a.Priority - b.Priority },
	"title":    func(a, b Task) int { return strings.Compare(a.Title, b.Title) },
}

func search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	statuses := q["status"]
	owner := q.Get("owner")
	text := strings.ToLower(q.Get("q"))
	maxPrio := 0
	if s := q.Get("max_priority"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			http.Error(w, `{"error":"max_priority must be an integer"}`, http.StatusBadRequest)
			return
		}
		maxPrio = n
	}
	sortKey := strings.TrimPrefix(q.Get("sort"), "-")
	if sortKey == "" {
		sortKey = "id"
	}
	cmp, ok := sorters[sortKey]
	if !ok {
		http.Error(w, `{"error":"unknown sort field"}`, http.StatusBadRequest)
		return
	}
	var out []Task
	for _, t := range tasks {
		if len(statuses) > 0 && !slices.Contains(statuses, t.Status) {
			continue
		}
		if owner != "" && t.Owner != owner {
			continue
		}
		if text != "" && !strings.Contains(strings.ToLower(t.Title), text) {
			continue
		}
		if maxPrio > 0 && t.Priority > maxPrio {
			continue
		}
		out = append(out, t)
	}
	slices.SortStableFunc(out, cmp)
	if strings.HasPrefix(q.Get("sort"), "-") {
		slices.Reverse(out)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Result-Count", strconv.Itoa(len(out)))
	ids := make([]string, len(out))
	for i, t := range out {
		ids[i] = strconv.Itoa(t.ID)
	}
	json.NewEncoder(w).Encode(map[string]any{"ids": strings.Join(ids, ","), "first": firstOrNil(out)})
}

func firstOrNil(ts []Task) any {
	if len(ts) == 0 {
		return nil
	}
	return ts[0]
}

func main() {
	for _, qs := range []string{
		"",
		"status=open",
		"status=open&status=in_progress&sort=priority",
		"owner=lee&sort=-title",
		"q=fix&sort=-id",
		"max_priority=2&sort=title",
		"status=archived",
		"sort=owner",
		"max_priority=high",
	} {
		rec := httptest.NewRecorder()
		search(rec, httptest.NewRequest("GET", "/tasks?"+qs, nil))
		fmt.Printf("?%s\n  %d count=%q %s", qs, rec.Code, rec.Header().Get("X-Result-Count"), rec.Body.String())
	}
}
