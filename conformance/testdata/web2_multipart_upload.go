package main

import (
	"bytes"
	"crypto/md5"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/textproto"
	"sort"
)

func buildForm() (*bytes.Buffer, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.SetBoundary("testboundary123")
	mw.WriteField("title", "Quarterly report")
	mw.WriteField("tags", "finance")
	mw.WriteField("tags", "q3")
	fw, _ := mw.CreateFormFile("attachment", "notes.txt")
	fw.Write([]byte("line one\nline two\nline three\n"))
	h := make(textproto.MIMEHeader)
	h.Set("Content-Disposition", `form-data; name="attachment"; filename="data.csv"`)
	h.Set("Content-Type", "text/csv")
	pw, _ := mw.CreatePart(h)
	pw.Write([]byte("id,value\n1,10\n2,20\n"))
	mw.Close()
	return &buf, mw.FormDataContentType()
}

func upload(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(1 << 20); err != nil {
		http.Error(w, "bad multipart: "+err.Error(), http.StatusBadRequest)
		return
	}
	keys := make([]string, 0, len(r.MultipartForm.Value))
	for k := range r.MultipartForm.Value {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "field %s = %q\n", k, r.MultipartForm.Value[k])
	}
	for _, fh := range r.MultipartForm.File["attachment"] {
		f, err := fh.Open()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		data, _ := io.ReadAll(f)
		f.Close()
		fmt.Fprintf(w, "file %s (%s) %d bytes md5=%x\n", fh.Filename,
			fh.Header.Get("Content-Type"), fh.Size, md5.Sum(data))
	}
}

func main() {
	body, ct := buildForm()
	fmt.Println("content-type:", ct)
	fmt.Println("body length:", body.Len())

	raw := body.Bytes()
	mr := multipart.NewReader(bytes.NewReader(raw), "testboundary123")
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		data, _ := io.ReadAll(p)
		fmt.Printf("part name=%s file=%q len=%d\n", p.FormName(), p.FileName(), len(data))
	}

	req := httptest.NewRequest("POST", "/upload", bytes.NewReader(raw))
	req.Header.Set("Content-Type", ct)
	rec := httptest.NewRecorder()
	upload(rec, req)
	fmt.Printf("status %d\n%s", rec.Code, rec.Body.String())

	bad := httptest.NewRequest("POST", "/upload", bytes.NewReader([]byte("not multipart")))
	bad.Header.Set("Content-Type", "text/plain")
	rec = httptest.NewRecorder()
	upload(rec, bad)
	fmt.Printf("status %d %s", rec.Code, rec.Body.String())
}
