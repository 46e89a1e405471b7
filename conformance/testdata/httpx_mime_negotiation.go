package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
)

type Weather struct {
	XMLName xml.Name `json:"-" xml:"weather"`
	City    string   `json:"city" xml:"city"`
	TempC   int      `json:"temp_c" xml:"temp_c"`
}

type accepted struct {
	mediaType string
	q         float64
}

func parseAccept(header string) []accepted {
	var out []accepted
	for _, part := range strings.Split(header, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if s, ok := params["q"]; ok {
			if f, err := strconv.ParseFloat(s, 64); err == nil {
				q = f
			}
		}
		out = append(out, accepted{mt, q})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].q > out[j].q })
	return out
}

func negotiate(header string, offers []string) string {
	if header == "" {
		return offers[0]
	}
	for _, a := range parseAccept(header) {
		if a.q == 0 {
			continue
		}
		for _, o := range offers {
			if a.mediaType == o || a.mediaType == "*/*" ||
				(strings.HasSuffix(a.mediaType, "/*") && strings.HasPrefix(o, strings.TrimSuffix(a.mediaType, "*"))) {
				return o
			}
		}
	}
	return ""
}

func weatherHandler(w http.ResponseWriter, r *http.Request) {
	data := Weather{City: "Oslo", TempC: -3}
	ct := negotiate(r.Header.Get("Accept"), []string{"application/json", "application/xml", "text/plain"})
	w.Header().Set("Vary", "Accept")
	switch ct {
	case "application/json":
		w.Header().Set("Content-Type", mime.FormatMediaType(ct, map[string]string{"charset": "utf-8"}))
		json.NewEncoder(w).Encode(data)
	case "application/xml":
		w.Header().Set("Content-Type", ct)
		b, _ := xml.Marshal(data)
		fmt.Fprintf(w, "%s%s\n", xml.Header[:len(xml.Header)-1], b)
	case "text/plain":
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "%s: %d°C\n", data.City, data.TempC)
	default:
		http.Error(w, "cannot produce any of: "+r.Header.Get("Accept"), http.StatusNotAcceptable)
	}
}

func main() {
	accepts := []string{
		"",
		"application/xml",
		"text/html, text/*;q=0.5",
		"application/json;q=0.2, application/xml;q=0.9",
		"image/png",
		"*/*",
		"application/json;q=0, text/plain",
	}
	for _, a := range accepts {
		req := httptest.NewRequest("GET", "/weather", nil)
		if a != "" {
			req.Header.Set("Accept", a)
		}
		rec := httptest.NewRecorder()
		weatherHandler(rec, req)
		fmt.Printf("Accept %-48q -> %d %s\n    %s", a, rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}

	for _, sample := range [][]byte{[]byte("<!DOCTYPE html><p>hi"), []byte("\x89PNG\r\n\x1a\n...."), []byte(`{"a":1}`), {0, 1, 2}} {
		fmt.Printf("sniff %-28q %s\n", sample, http.DetectContentType(sample))
	}
	mt, params, err := mime.ParseMediaType(`multipart/form-data; boundary="abc 123"; charset=UTF-8`)
	fmt.Println(mt, params["boundary"], params["charset"], err)
}
