package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
)

type Note struct {
	Slug string   `json:"slug"`
	Body string   `json:"body"`
	Tags []string `json:"tags,omitempty"`
}

type patch struct {
	Body *string  `json:"body"`
	Tags []string `json:"tags"`
}

type NoteServer struct {
	mu    sync.RWMutex
	notes map[string]*Note
}

func (ns *NoteServer) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("PUT /notes/{slug}", ns.put)
	mux.HandleFunc("PATCH /notes/{slug}", ns.patch)
	mux.HandleFunc("GET /notes/{slug}", ns.get)
	mux.HandleFunc("GET /tags/{tag}", ns.byTag)
	return mux
}

func reply(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	b, _ := json.Marshal(v)
	w.Write(b)
}

func (ns *NoteServer) put(w http.ResponseWriter, r *http.Request) {
	var n Note
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		reply(w, 400, map[string]string{"error": err.Error()})
		return
	}
	n.Slug = r.PathValue("slug")
	ns.mu.Lock()
	_, existed := ns.notes[n.Slug]
	ns.notes[n.Slug] = &n
	ns.mu.Unlock()
	if existed {
		reply(w, 200, n)
	} else {
		reply(w, 201, n)
	}
}

func (ns *NoteServer) patch(w http.ResponseWriter, r *http.Request) {
	var p patch
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		reply(w, 400, map[string]string{"error": "invalid body"})
		return
	}
	ns.mu.Lock()
	defer ns.mu.Unlock()
	n, ok := ns.notes[r.PathValue("slug")]
	if !ok {
		reply(w, 404, map[string]string{"error": "no such note"})
		return
	}
	if p.Body != nil {
		n.Body = *p.Body
	}
	if p.Tags != nil {
		n.Tags = p.Tags
	}
	reply(w, 200, n)
}

func (ns *NoteServer) get(w http.ResponseWriter, r *http.Request) {
	ns.mu.RLock()
	defer ns.mu.RUnlock()
	if n, ok := ns.notes[r.PathValue("slug")]; ok {
		reply(w, 200, n)
		return
	}
	reply(w, 404, map[string]string{"error": "no such note"})
}

func (ns *NoteServer) byTag(w http.ResponseWriter, r *http.Request) {
	tag := r.PathValue("tag")
	ns.mu.RLock()
	var slugs []string
	for slug, n := range ns.notes {
		if slices.Contains(n.Tags, tag) {
			slugs = append(slugs, slug)
		}
	}
	ns.mu.RUnlock()
	slices.Sort(slugs)
	reply(w, 200, map[string]any{"tag": tag, "notes": slugs})
}

func main() {
	h := (&NoteServer{notes: map[string]*Note{}}).Handler()
	steps := []struct{ method, path, body string }{
		{"PUT", "/notes/groceries", `{"body":"eggs, flour","tags":["home","food"]}`},
		{"PUT", "/notes/meeting", `{"body":"standup at 9","tags":["work"]}`},
		{"PUT", "/notes/recipes", `{"body":"pancakes","tags":["food"]}`},
		{"PUT", "/notes/meeting", `{"body":"standup at 10","tags":["work"]}`},
		{"PATCH", "/notes/groceries", `{"body":"eggs, flour, sugar"}`},
		{"PATCH", "/notes/recipes", `{"tags":["food","weekend"]}`},
		{"PATCH", "/notes/missing", `{"body":"x"}`},
		{"PATCH", "/notes/meeting", `not json`},
		{"GET", "/notes/groceries", ""},
		{"GET", "/notes/nothing", ""},
		{"GET", "/tags/food", ""},
		{"GET", "/tags/work", ""},
	}
	for _, s := range steps {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(s.method, s.path, strings.NewReader(s.body)))
		fmt.Printf("%-5s %-17s %d %s\n", s.method, s.path, rec.Code, rec.Body.String())
	}
}
