package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/textproto"
	"strings"
)

const maxUpload = 1 << 20

func uploadHandler(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(maxUpload); err != nil {
		http.Error(w, "bad multipart form: "+err.Error(), http.StatusBadRequest)
		return
	}
	defer r.MultipartForm.RemoveAll()
	title := r.FormValue("title")
	if title == "" {
		http.Error(w, "title is required", http.StatusUnprocessableEntity)
		return
	}
	fmt.Fprintf(w, "title=%q tags=%q\n", title, r.MultipartForm.Value["tag"])
	for _, fh := range r.MultipartForm.File["attachment"] {
		f, err := fh.Open()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		h := sha256.New()
		n, _ := io.Copy(h, f)
		f.Close()
		fmt.Fprintf(w, "file=%s type=%s size=%d sha=%x\n", fh.Filename, fh.Header.Get("Content-Type"), n, h.Sum(nil)[:6])
	}
}

type part struct {
	field, filename, ctype, data string
}

func buildBody(boundary string, parts []part) (*bytes.Buffer, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	if err := mw.SetBoundary(boundary); err != nil {
		panic(err)
	}
	for _, p := range parts {
		if p.filename == "" {
			mw.WriteField(p.field, p.data)
			continue
		}
		hdr := textproto.MIMEHeader{}
		hdr.Set("Content-Disposition", fmt.Sprintf(`form-data; name=%q; filename=%q`, p.field, p.filename))
		hdr.Set("Content-Type", p.ctype)
		w, _ := mw.CreatePart(hdr)
		io.WriteString(w, p.data)
	}
	mw.Close()
	return &buf, mw.FormDataContentType()
}

func main() {
	body, ctype := buildBody("BOUNDARY42", []part{
		{field: "title", data: "Quarterly report"},
		{field: "tag", data: "finance"},
		{field: "tag", data: "q3"},
		{field: "attachment", filename: "summary.txt", ctype: "text/plain", data: "revenue up 4%\n"},
		{field: "attachment", filename: "data.csv", ctype: "text/csv", data: "month,revenue\njul,10\naug,12\nsep,11\n"},
	})
	fmt.Println("Content-Type:", ctype)
	fmt.Println("body bytes:", body.Len())
	lines := strings.Split(body.String(), "\r\n")
	fmt.Printf("first lines: %q\n", lines[:4])

	req := httptest.NewRequest("POST", "/upload", body)
	req.Header.Set("Content-Type", ctype)
	rec := httptest.NewRecorder()
	uploadHandler(rec, req)
	fmt.Printf("status %d\n%s", rec.Code, rec.Body.String())

	body2, ctype2 := buildBody("XYZ", []part{{field: "tag", data: "orphan"}})
	req = httptest.NewRequest("POST", "/upload", body2)
	req.Header.Set("Content-Type", ctype2)
	rec = httptest.NewRecorder()
	uploadHandler(rec, req)
	fmt.Printf("status %d %s", rec.Code, rec.Body.String())

	req = httptest.NewRequest("POST", "/upload", strings.NewReader("title=plain"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec = httptest.NewRecorder()
	uploadHandler(rec, req)
	fmt.Printf("status %d %s", rec.Code, rec.Body.String())

	req = httptest.NewRequest("POST", "/upload?title=fromquery", strings.NewReader("--nope\r\n"))
	req.Header.Set("Content-Type", "multipart/form-data; boundary=nope")
	rec = httptest.NewRecorder()
	uploadHandler(rec, req)
	fmt.Printf("status %d %s", rec.Code, rec.Body.String())
}
