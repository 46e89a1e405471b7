package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
)

type Book struct {
	XMLName xml.Name `json:"-" xml:"book"`
	ISBN    string   `json:"isbn" xml:"isbn,attr"`
	Title   string   `json:"title" xml:"title"`
	Year    int      `json:"year" xml:"year"`
}

type accept struct {
	typ string
	q   float64
}

func parseAccept(h string) []accept {
	var out []accept
	for _, part := range strings.Split(h, ",") {
		fields := strings.Split(strings.TrimSpace(part), ";")
		a := accept{typ: strings.TrimSpace(fields[0]), q: 1}
		for _, p := range fields[1:] {
			if v, ok := strings.CutPrefix(strings.TrimSpace(p), "q="); ok {
				if f, err := strconv.ParseFloat(v, 64); err == nil {
					a.q = f
				}
			}
		}
		if a.typ != "" {
			out = append(out, a)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].q > out[j].q })
	return out
}

func negotiate(h string, offers []string) string {
	if h == "" {
		return offers[0]
	}
	for _, a := range parseAccept(h) {
		if a.q == 0 {
			continue
		}
		for _, o := range offers {
			if a.typ == o || a.typ == "*/*" || (strings.HasSuffix(a.typ, "/*") &&
				strings.HasPrefix(o, strings.TrimSuffix(a.typ, "*"))) {
				return o
			}
		}
	}
	return ""
}

func bookHandler(w http.ResponseWriter, r *http.Request) {
	b := Book{ISBN: "978-0134190440", Title: "The Go Programming Language", Year: 2015}
	ct := negotiate(r.Header.Get("Accept"), []string{"application/json", "application/xml", "text/plain"})
	w.Header().Set("Vary", "Accept")
	switch ct {
	case "application/json":
		w.Header().Set("Content-Type", ct)
		json.NewEncoder(w).Encode(b)
	case "application/xml":
		w.Header().Set("Content-Type", ct)
		out, _ := xml.Marshal(b)
		w.Write(out)
		w.Write([]byte("\n"))
	case "text/plain":
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "%s (%d) ISBN %s\n", b.Title, b.Year, b.ISBN)
	default:
		http.Error(w, "not acceptable", http.StatusNotAcceptable)
	}
}

func main() {
	for _, acc := range []string{
		"",
		"application/json",
		"application/xml",
		"text/html, text/plain;q=0.5",
		"application/json;q=0.2, application/xml;q=0.9",
		"image/png",
		"*/*",
		"application/*;q=0.8, text/plain",
		"application/json;q=0, text/*;q=0.1",
	} {
		req := httptest.NewRequest("GET", "/book", nil)
		if acc != "" {
			req.Header.Set("Accept", acc)
		}
		rec := httptest.NewRecorder()
		bookHandler(rec, req)
		fmt.Printf("Accept %q -> %d %s\n  %s", acc, rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}
}
