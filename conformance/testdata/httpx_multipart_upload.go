package main

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/textproto"
	"slices"
	"strings"
)

var allowedTypes = []string{"text/plain", "text/csv", "image/png"}

func uploadHandler(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(1 << 20); err != nil {
		http.Error(w, "bad upload: "+err.Error(), http.StatusBadRequest)
		return
	}
	files := r.MultipartForm.File["attachment"]
	if len(files) == 0 {
		http.Error(w, "no attachments", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "title=%q\n", r.FormValue("title"))
	for _, fh := range files {
		ct := fh.Header.Get("Content-Type")
		if !slices.Contains(allowedTypes, ct) {
			fmt.Fprintf(w, "  rejected %s (%s)\n", fh.Filename, ct)
			continue
		}
		f, err := fh.Open()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		data, _ := io.ReadAll(f)
		f.Close()
		fmt.Fprintf(w, "  stored %s: %d bytes, %s, crc32=%08x\n", fh.Filename, fh.Size, ct, crc32.ChecksumIEEE(data))
	}
}

type file struct {
	name, ctype, content string
}

func buildBody(title string, files []file) (*bytes.Buffer, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.SetBoundary("learner-boundary-42")
	if title != "" {
		mw.WriteField("title", title)
	}
	for _, f := range files {
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="attachment"; filename=%q`, f.name))
		h.Set("Content-Type", f.ctype)
		part, _ := mw.CreatePart(h)
		io.WriteString(part, f.content)
	}
	mw.Close()
	return &buf, mw.FormDataContentType()
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /upload", uploadHandler)

	body, ctype := buildBody("quarterly report", []file{
		{"notes.txt", "text/plain", "remember the milk\n"},
		{"data.csv", "text/csv", "a,b\n1,2\n3,4\n"},
		{"run.sh", "application/x-sh", "rm -rf /\n"},
	})
	fmt.Println("Content-Type:", ctype)
	fmt.Println("body size:", body.Len())
	firstLines := strings.SplitN(body.String(), "\r\n", 5)[:4]
	for _, l := range firstLines {
		fmt.Printf("  | %s\n", l)
	}

	send := func(label string, body io.Reader, ctype string) {
		req := httptest.NewRequest("POST", "/upload", body)
		req.Header.Set("Content-Type", ctype)
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Printf("%s -> %d\n%s", label, rec.Code, rec.Body.String())
	}
	send("three files", body, ctype)

	empty, ctype2 := buildBody("nothing attached", nil)
	send("no files", empty, ctype2)

	send("not multipart", strings.NewReader("title=x"), "application/x-www-form-urlencoded")
}
