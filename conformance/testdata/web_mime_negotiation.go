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

type Product struct {
	XMLName xml.Name `json:"-" xml:"product"`
	SKU     string   `json:"sku" xml:"sku,attr"`
	Title   string   `json:"title" xml:"title"`
	Price   float64  `json:"price" xml:"price"`
}

type acceptEntry struct {
	mediaType string
	q         float64
	order     int
}

func parseAccept(header string) []acceptEntry {
	var out []acceptEntry
	for i, part := range strings.Split(header, ",") {
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
		out = append(out, acceptEntry{mt, q, i})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].q > out[j].q })
	return out
}

func negotiate(header string, offers []string) string {
	if header == "" {
		return offers[0]
	}
	for _, e := range parseAccept(header) {
		if e.q == 0 {
			continue
		}
		for _, o := range offers {
			if e.mediaType == o || e.mediaType == "*/*" ||
				(strings.HasSuffix(e.mediaType, "/*") && strings.HasPrefix(o, strings.TrimSuffix(e.mediaType, "*"))) {
				return o
			}
		}
	}
	return ""
}

func productHandler(w http.ResponseWriter, r *http.Request) {
	p := Product{SKU: "TK-42", Title: "Travel Kettle", Price: 29.5}
	offers := []string{"application/json", "application/xml", "text/plain"}
	switch negotiate(r.Header.Get("Accept"), offers) {
	case "application/json":
		w.Header().Set("Content-Type", mime.FormatMediaType("application/json", map[string]string{"charset": "utf-8"}))
		json.NewEncoder(w).Encode(p)
	case "application/xml":
		w.Header().Set("Content-Type", "application/xml")
		b, _ := xml.Marshal(p)
		w.Write(b)
	case "text/plain":
		fmt.Fprintf(w, "%s %s %.2f", p.SKU, p.Title, p.Price)
	default:
		http.Error(w, "not acceptable", http.StatusNotAcceptable)
	}
}

func main() {
	for _, accept := range []string{
		"",
		"application/xml",
		"text/html;q=0.9, application/xml;q=0.5, application/json;q=0.8",
		"text/*",
		"image/png, */*;q=0.1",
		"image/webp",
		"application/json;q=0, text/plain",
	} {
		req := httptest.NewRequest("GET", "/product", nil)
		if accept != "" {
			req.Header.Set("Accept", accept)
		}
		rec := httptest.NewRecorder()
		productHandler(rec, req)
		fmt.Printf("Accept=%q\n  -> %d %s | %s\n", accept, rec.Code, rec.Header().Get("Content-Type"), strings.TrimSpace(rec.Body.String()))
	}

	fmt.Println("FormatMediaType:", mime.FormatMediaType("multipart/form-data", map[string]string{"boundary": "xyz", "charset": "utf-8"}))
	disp := mime.FormatMediaType("attachment", map[string]string{"filename": "résumé 2024.pdf"})
	fmt.Println("Content-Disposition:", disp)
	mt, params, err := mime.ParseMediaType(disp)
	fmt.Println("parsed back:", mt, params["filename"], err)
	_, _, err = mime.ParseMediaType("text/html; charset")
	fmt.Println("bad param:", err)

	for _, sample := range [][]byte{
		[]byte("<!DOCTYPE html><html><body>hi</body></html>"),
		[]byte("%PDF-1.7 ..."),
		[]byte("\x89PNG\r\n\x1a\n0000"),
		[]byte(`{"a":1}`),
		{0x00, 0x01, 0x02, 0xfe},
	} {
		fmt.Printf("detect %-22q => %s\n", sample[:min(len(sample), 8)], http.DetectContentType(sample))
	}
}
