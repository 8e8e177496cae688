#!/usr/bin/env python3
# The first request of each page's documents right after a (re)start on the demo data, in the order the pages send
# them, with a form-login session as a browser has (coach: family, network, dossier and tent pages; municipality: map
# and sociale kaart). Usage: BASE=http://127.0.0.1:8080 bench/first-requests.py [v]   (v: every request's time)
# The ids are the demo data's (Gezin Verbeek, its help question and tent session). docs/scaling.md has the figures.
# On other data (e.g. a generated region) give the ids as JSON in IDS (any of familyId, helpQuestionId, sessionId,
# municipalityId, kernId, resourceId) and sign-in accounts with COACH and MUNICIPALITY (default coach/municipality,
# password demo; see docs/benchmark-data.md for accounts of a generated database's coach).
import json, sys, time, urllib.request, urllib.parse, http.cookiejar, os, re
BASE=os.environ.get("BASE", "http://127.0.0.1:8080")
DOCS=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'main', 'resources', 'static', 'js', 'documents', '')
ids={'familyId':'e681135a-5698-5371-89c4-ccd6dc53e61d','helpQuestionId':'6208f8d8-0291-55ff-a4aa-1af85bedef47','sessionId':'27675380-a480-52f2-9a5b-9a38bbaa9be3','municipalityId':'c75d52ae-8030-5663-acc5-64fcfc8396bf','kernId':'45df007a-3ee4-5c85-802b-23dac3c154e4','resourceId':'8b97c589-0481-55c5-84e5-4d797b81d3c2'}
ids.update(json.loads(os.environ.get('IDS', '{}')))
USERS={'coach':os.environ.get('COACH', 'coach'), 'municipality':os.environ.get('MUNICIPALITY', 'municipality')}
def session(user):
    user=USERS[user]
    jar=http.cookiejar.CookieJar()
    op=urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    op.open(BASE+'/login').read()
    token=[c.value for c in jar if c.name=='XSRF-TOKEN'][0]
    data=urllib.parse.urlencode({'username':user,'password':'demo','_csrf':token}).encode()
    op.open(BASE+'/login', data).read()
    token=[c.value for c in jar if c.name=='XSRF-TOKEN'][0]
    return op, token
def run(op, token, name, variables):
    doc=open(DOCS+name+'.graphql').read()
    body=json.dumps({'query':doc,'operationName':name,'variables':variables}).encode()
    req=urllib.request.Request(BASE+'/graphql', body, {'Content-Type':'application/json','X-XSRF-TOKEN':token})
    t=time.time(); r=op.open(req).read(); dt=time.time()-t
    err='errors' in json.loads(r)
    return dt, err
f,h,s,m,k,r=ids['familyId'],ids['helpQuestionId'],ids['sessionId'],ids['municipalityId'],ids['kernId'],ids['resourceId']
today=time.strftime('%Y-%m-%d'); yearago=time.strftime('%Y-%m-%d', time.gmtime(time.time()-364*86400))
coach=[('Viewer',{}),('MyFamilies',{}),('UpcomingTentSessions',{}),('GezinPagina',{'id':f}),('ZrmTrend',{'familyId':f}),
 ('CaseTimeline',{'familyId':f}),('NetworkPage',{'familyId':f}),('NetworkToday',{'familyId':f}),('NetworkSupportFor',{'helpQuestionId':h}),
 ('Dossier',{'id':f}),('DossierQuestions',{'id':f}),('Behoeften',{'id':h}),('TentPage',{'id':s}),('TentLadder',{'helpQuestionId':h}),
 ('TentRanking',{'helpQuestionId':h}),('TentTeam',{'familyId':f}),('TentAnalyses',{'id':s}),('TentMatches',{'id':s}),('TentFilterLists',{})]
muni=[('MapPage',{}),('MapKernen',{'municipalityId':m}),('MapCoverage',{'municipalityId':m,'from':yearago,'to':today}),
 ('MapFlow',{'municipalityId':m,'from':yearago,'to':today,'granularity':'QUARTER'}),('SocialeKaart',{}),('ResourcePage',{'id':r})]
out=[]
for user,docs in (('coach',coach),('municipality',muni)):
    op,token=session(user)
    for name,v in docs:
        dt,err=run(op,token,name,v); out.append((name,dt,err))
slow=[(n,d) for n,d,e in out if d>1]
print('coach sum %.2f s, map sum %.2f s, over 1 s: %s, slowest %s %.2f s, errors %s' % (sum(d for n,d,e in out[:len(coach)]), sum(d for n,d,e in out[len(coach):]),
  ', '.join('%s %.1f'%(n,d) for n,d in slow) or 'none', *max(((n,d) for n,d,e in out), key=lambda x:x[1]), [n for n,d,e in out if e]))
if len(sys.argv)>1: print(' '.join('%s=%.2f'%(n,d) for n,d,e in out))
